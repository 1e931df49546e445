package dev.candor.extensions.ui.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import dev.candor.extensions.internal.Extensions;
import dev.candor.extensions.internal.Extensions.Extension;

/**
 * Help > Install Extensions: what an update site offers and what is installed; installs
 * or uninstalls in a background job and offers to restart, when the change takes effect.
 */
public final class InstallExtensionsDialog extends TitleAreaDialog {

    /** Preference of this bundle (plugin_customization.ini): the update site proposed first. */
    public static final String PREF_SITE = "updateSite"; //$NON-NLS-1$
    private static final int UNINSTALL_ID = IDialogConstants.CLIENT_ID + 1;

    private final Extensions extensions;
    private Text site;
    private CheckboxTableViewer available;
    private CheckboxTableViewer installed;
    private Label details;
    private Label status;

    public InstallExtensionsDialog(Shell shell, Extensions extensions) {
        super(shell);
        this.extensions = extensions;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_Title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Dialog_Heading);
        setMessage(Messages.Dialog_Message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Dialog_Site);
        site = new Text(body, SWT.BORDER);
        site.setText(Platform.getPreferencesService().getString("dev.candor.extensions.ui", PREF_SITE, "", null)); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(site);
        Button folder = new Button(body, SWT.PUSH);
        folder.setText(Messages.Dialog_Folder);
        folder.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                site.setText(chosen);
                load();
            }
        });
        Button show = new Button(body, SWT.PUSH);
        show.setText(Messages.Dialog_Show);
        show.addListener(SWT.Selection, e -> load());
        available = list(body, Messages.Dialog_Available);
        installed = list(body, Messages.Dialog_Installed);
        installed.setInput(extensions.installed());
        details = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(details);
        status = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
        available.addCheckStateListener(e -> update());
        installed.addCheckStateListener(e -> update());
        if (!site.getText().isBlank()) {
            load();
        }
        return area;
    }

    private CheckboxTableViewer list(Composite body, String title) {
        Label label = new Label(body, SWT.NONE);
        label.setText(title);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(label);
        CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Extension extension = (Extension) element;
                return NLS.bind(Messages.Dialog_Entry, extension.name(), extension.version());
            }
        });
        viewer.setInput(List.of());
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(560, 70).applyTo(viewer.getControl());
        // the whole description of the one selected last, below the lists
        viewer.addSelectionChangedListener(e -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            if (selected instanceof Extension extension && details != null) {
                details.setText(extension.description());
                details.getParent().layout(true);
            }
        });
        return viewer;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, UNINSTALL_ID, Messages.Dialog_Uninstall, false);
        createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_Install, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
        update();
    }

    /** The site as typed: a URL, or a folder or archive path. */
    URI siteUri() {
        String text = site.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.matches("[a-zA-Z][a-zA-Z0-9+.-]+:/.*")) { //$NON-NLS-1$
                return new URI(text);
            }
            Path path = Path.of(text).toAbsolutePath();
            return path.toString().endsWith(".zip") ? new URI("jar:" + path.toUri() + "!/") : path.toUri(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (URISyntaxException | InvalidPathException e) {
            return null;
        }
    }

    /** Reads what the site offers, in a job. */
    public Job load() {
        URI uri = siteUri();
        if (uri == null) {
            setErrorMessage(NLS.bind(Messages.Dialog_BadSite, site.getText()));
            return null;
        }
        setErrorMessage(null);
        status.setText(NLS.bind(Messages.Dialog_Reading, uri));
        Shell shell = getShell();
        Job job = Job.create(NLS.bind(Messages.Dialog_Reading, uri), monitor -> {
            try {
                List<Extension> offered = extensions.available(uri, monitor);
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        available.setInput(offered);
                        if (!offered.isEmpty()) {
                            available.setSelection(new org.eclipse.jface.viewers.StructuredSelection(offered.get(0)));
                        }
                        status.setText(offered.isEmpty() ? Messages.Dialog_NothingNew : ""); //$NON-NLS-1$
                        update();
                    }
                });
            } catch (ProvisionException e) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        available.setInput(List.of());
                        status.setText(""); //$NON-NLS-1$
                        setErrorMessage(NLS.bind(Messages.Dialog_SiteFailed, uri, e.getMessage()));
                        update();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private void update() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(available.getCheckedElements().length > 0);
        getButton(UNINSTALL_ID).setEnabled(installed.getCheckedElements().length > 0);
    }

    private static List<String> ids(CheckboxTableViewer viewer) {
        List<String> ids = new ArrayList<>();
        for (Object checked : viewer.getCheckedElements()) {
            ids.add(((Extension) checked).id());
        }
        return ids;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            change(true, ids(available));
        } else if (buttonId == UNINSTALL_ID) {
            change(false, ids(installed));
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void change(boolean install, List<String> ids) {
        URI uri = siteUri();
        Shell parent = getParentShell();
        close();
        Job job = Job.create(install ? Messages.Job_Install : Messages.Job_Uninstall, monitor -> {
            IStatus result;
            try {
                result = install ? extensions.install(uri, ids, monitor) : extensions.uninstall(ids, monitor);
            } catch (ProvisionException e) {
                result = e.getStatus();
            }
            IStatus outcome = result;
            parent.getDisplay().asyncExec(() -> told(parent, install, outcome));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private static void told(Shell parent, boolean install, IStatus result) {
        if (parent.isDisposed()) {
            return;
        }
        if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
            MessageDialog.openError(parent, Messages.Dialog_Title, NLS.bind(Messages.Job_Failed, describe(result)));
            return;
        }
        if (MessageDialog.openQuestion(parent, Messages.Dialog_Title, install ? Messages.Job_InstalledRestart
                : Messages.Job_UninstalledRestart)) {
            PlatformUI.getWorkbench().restart();
        }
    }

    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            text.append('\n').append(describe(child));
        }
        return text.toString();
    }
}
