package dev.candor.layouts.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;

/** Asks which views of the perspective to lock before publishing it as the team's layout. */
final class PublishLayoutDialog extends TitleAreaDialog {

    private final String perspective;
    private final int version;
    private final List<IViewReference> views;
    private final Set<String> locked;
    private CheckboxTableViewer viewer;

    PublishLayoutDialog(Shell shell, String perspective, int version, List<IViewReference> views, Set<String> locked) {
        super(shell);
        this.perspective = perspective;
        this.version = version;
        this.views = views;
        this.locked = new LinkedHashSet<>(locked);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Publish_Title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.Publish_Heading, perspective));
        setMessage(NLS.bind(Messages.Publish_Message, version));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
        Label intro = new Label(body, SWT.WRAP);
        intro.setText(Messages.Publish_LockIntro);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(intro);
        viewer = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IViewReference) element).getPartName();
            }

            @Override
            public Image getImage(Object element) {
                return ((IViewReference) element).getTitleImage();
            }
        });
        viewer.setInput(views);
        for (IViewReference view : views) {
            viewer.setChecked(view, locked.contains(view.getId()));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(viewer.getControl());
        Label after = new Label(body, SWT.WRAP);
        after.setText(Messages.Publish_After);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(after);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Publish_Button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        locked.clear();
        for (Object checked : viewer.getCheckedElements()) {
            locked.add(((IViewReference) checked).getId());
        }
        super.okPressed();
    }

    /** The ids of the views to lock, once OK was pressed. */
    Set<String> locked() {
        return locked;
    }
}
