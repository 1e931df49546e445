package dev.candor.history.ui.internal;


import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.candor.history.InteractionService;
import dev.candor.model.Interaction;
import dev.candor.nls.Plurals;
import dev.candor.ui.Background;
import dev.candor.ui.Labels;

/**
 * Deletes a logged interaction once the user said why; the reason goes to the audit trail. The
 * dialog stays open with the typed reason when the deletion is refused.
 */
public final class DeleteInteractionDialog extends TitleAreaDialog {

    private final InteractionService service;
    private final Interaction interaction;
    Text reason;
    private InteractionService.Deleted deleted;

    public DeleteInteractionDialog(Shell parent, InteractionService service, Interaction interaction) {
        super(parent);
        this.service = service;
        this.interaction = interaction;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Delete_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Delete_Heading, interaction.getSubject()));
        setMessage(Messages.Delete_Message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 10).spacing(14, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Record_When);
        Label when = new Label(body, SWT.NONE);
        when.setText(dev.candor.nls.Dates.dateTime(interaction.getStartedAt(), dev.candor.ui.CandorUi.zone()) + "  \u00b7  " + Labels.of(interaction.getChannel()) //$NON-NLS-1$
                + "  \u00b7  " + Labels.of(interaction.getDirection())); //$NON-NLS-1$
        Label caption = new Label(body, SWT.NONE);
        caption.setText(Messages.Delete_Reason);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(caption);
        reason = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        reason.setMessage(Messages.Delete_ReasonHint);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 70).applyTo(reason);
        reason.addModifyListener(event -> changed());
        // Tab leaves the reason for the buttons, as in a single-line field
        reason.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                event.doit = true;
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Delete_Button, false).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    private void changed() {
        String text = reason.getText().strip();
        String problem = text.length() > InteractionService.MAX_REASON
                ? Plurals.format(Messages.Delete_TooLong, text.length(), InteractionService.MAX_REASON)
                : null;
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(!text.isEmpty() && problem == null);
    }

    @Override
    protected void okPressed() {
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        String why = reason.getText();
        Background.run(Messages.Delete_Title, getShell(),
                () -> service.delete(interaction.getId(), interaction.getVersion(), why), done -> {
                    deleted = done;
                    DeleteInteractionDialog.super.okPressed();
                }, e -> {
                    setErrorMessage(NLS.bind(Messages.Delete_Failed, e.getMessage()));
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                });
    }

    /** What the deletion did, once the dialog closed with OK. */
    public InteractionService.Deleted getDeleted() {
        return deleted;
    }
}
