package dev.candor.exchange.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.candor.exchange.internal.Format;

/** Chooses the format and the file of an import or an export. */
public final class ExchangeDialog extends TitleAreaDialog {

    private final boolean importing;
    private final List<Format> formats;
    private Label description;
    private Text file;
    private Format chosen;
    private Path path;

    public ExchangeDialog(Shell shell, boolean importing, List<Format> formats) {
        super(shell);
        this.importing = importing;
        this.formats = formats;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(importing ? Messages.Import_Title : Messages.Export_Title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(importing ? Messages.Import_Heading : Messages.Export_Heading);
        setMessage(importing ? Messages.Import_Message : Messages.Export_Message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);
        Label formatLabel = new Label(body, SWT.NONE);
        formatLabel.setText(Messages.Dialog_Format);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(formatLabel);
        TableViewer list = new TableViewer(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider());
        list.setInput(formats);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(460, 90).applyTo(list.getControl());
        description = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(460, 60).applyTo(description);
        new Label(body, SWT.NONE).setText(Messages.Dialog_File);
        file = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Dialog_Browse);
        browse.addListener(SWT.Selection, e -> browse());
        list.addSelectionChangedListener(e -> {
            chosen = (Format) ((IStructuredSelection) e.getSelection()).getFirstElement();
            description.setText(chosen == null ? "" : chosen.description()); //$NON-NLS-1$
            check();
        });
        file.addModifyListener(e -> check());
        // the last format and file, kept across errors and restarts: an import refused for a wrong
        // line is usually run again on the same file once it is corrected
        String lastFormat = settings().get(FORMAT);
        Format last = formats.stream().filter(f -> f.id().equals(lastFormat)).findFirst()
                .orElse(formats.isEmpty() ? null : formats.get(0));
        if (last != null) {
            list.setSelection(new StructuredSelection(last));
        }
        String lastFile = settings().get(FILE);
        if (lastFile != null) {
            file.setText(lastFile);
            file.selectAll();
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, importing ? Messages.Import_Button : Messages.Export_Button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), importing ? SWT.OPEN : SWT.SAVE);
        dialog.setText(importing ? Messages.Import_Title : Messages.Export_Title);
        if (chosen != null && !chosen.extensions().isEmpty()) {
            dialog.setFilterExtensions(new String[] {
                    String.join(";", chosen.extensions().stream().map(x -> "*." + x).toList()), "*" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        dialog.setOverwrite(true);
        String picked = dialog.open();
        if (picked != null) {
            file.setText(picked);
        }
    }

    /** Says what is missing or wrong before OK can be pressed. */
    private void check() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || file == null) {
            return;
        }
        path = null;
        String problem = null;
        if (formats.isEmpty()) {
            problem = Messages.Dialog_NoFormats;
        } else if (chosen == null) {
            problem = Messages.Dialog_ChooseFormat;
        } else if (file.getText().isBlank()) {
            problem = importing ? Messages.Dialog_ChooseFileToRead : Messages.Dialog_ChooseFileToWrite;
        } else {
            try {
                Path candidate = Path.of(file.getText().strip()).toAbsolutePath();
                if (importing && !Files.isRegularFile(candidate)) {
                    problem = NLS.bind(Messages.Dialog_NoSuchFile, candidate);
                } else if (importing && !Files.isReadable(candidate)) {
                    problem = NLS.bind(Messages.Dialog_Unreadable, candidate);
                } else if (!importing && (candidate.getParent() == null || !Files.isDirectory(candidate.getParent()))) {
                    problem = NLS.bind(Messages.Dialog_NoSuchFolder, candidate.getParent());
                } else if (!importing && Files.isDirectory(candidate)) {
                    problem = NLS.bind(Messages.Dialog_IsFolder, candidate);
                } else {
                    path = candidate;
                }
            } catch (InvalidPathException e) {
                problem = NLS.bind(Messages.Dialog_BadPath, file.getText().strip(), e.getReason());
            }
        }
        setErrorMessage(file.getText().isBlank() && problem != null && chosen != null ? null : problem);
        ok.setEnabled(problem == null);
    }

    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String FILE = "file"; //$NON-NLS-1$

    /** This direction's remembered choices, in the bundle's dialog settings. */
    private org.eclipse.jface.dialogs.IDialogSettings settings() {
        org.eclipse.jface.dialogs.IDialogSettings all = org.eclipse.ui.PlatformUI
                .getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(ExchangeDialog.class))
                .getDialogSettings();
        String name = importing ? "import" : "export"; //$NON-NLS-1$ //$NON-NLS-2$
        org.eclipse.jface.dialogs.IDialogSettings section = all.getSection(name);
        return section != null ? section : all.addNewSection(name);
    }

    @Override
    protected void okPressed() {
        settings().put(FORMAT, chosen.id());
        settings().put(FILE, path.toString());
        super.okPressed();
    }

    public Format format() {
        return chosen;
    }

    public Path path() {
        return path;
    }

    // for the UI tests
    public Text fileText() {
        return file;
    }
}
