package dev.candor.history.ui.internal;


import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.candor.model.Interaction;
import dev.candor.ui.Labels;
import dev.candor.nls.Plurals;

/** The full record of one interaction, to read (notes can be selected and copied), to correct or delete. */
public final class InteractionDialog extends Dialog {

    static final int CORRECT_ID = IDialogConstants.CLIENT_ID + 1;
    static final int DELETE_ID = IDialogConstants.CLIENT_ID + 2;

    private final Interaction interaction;
    private final String customerName;

    public InteractionDialog(Shell parent, Interaction interaction, String customerName) {
        super(parent);
        this.interaction = interaction;
        this.customerName = customerName;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(interaction.getSubject());
        shell.setImage(Images.of(interaction.getChannel()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(14, 12).spacing(14, 6).applyTo(area);
        Label subject = new Label(area, SWT.WRAP);
        subject.setText(interaction.getSubject());
        subject.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(subject);
        field(area, Messages.Record_Customer, customerName);
        field(area, Messages.Record_When, dev.candor.nls.Dates.dayAndTime(interaction.getStartedAt(), dev.candor.ui.CandorUi.zone()));
        if (interaction.getEndedAt() != null) {
            long minutes = (interaction.getEndedAt().getTime() - interaction.getStartedAt().getTime()) / 60_000;
            field(area, Messages.Record_Duration, Plurals.format(Messages.Record_Minutes, minutes));
        }
        field(area, Messages.Record_Channel, Labels.of(interaction.getChannel()) + " \u00b7 " //$NON-NLS-1$
                + Labels.of(interaction.getDirection()));
        field(area, Messages.Record_Participants, String.join(", ", interaction.getParticipants())); //$NON-NLS-1$
        field(area, Messages.Record_Manager, interaction.getAccountManager());
        field(area, Messages.Record_Awaiting, interaction.isAwaitingResponse() ? Messages.Record_Yes : Messages.Record_No);
        Text notes = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        notes.setText(interaction.getNotes() == null ? "" : interaction.getNotes()); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 220).applyTo(notes);
        return area;
    }

    private static void field(Composite parent, String caption, String value) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(caption);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        Label text = new Label(parent, SWT.WRAP);
        text.setText(value == null || value.isBlank() ? "\u2014" : value); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, CORRECT_ID, Messages.Record_Edit, false);
        createButton(parent, DELETE_ID, Messages.Record_Delete, false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        Shell owner = getParentShell();
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else if (buttonId == CORRECT_ID) {
            close();
            Corrections.edit(owner, interaction, customerName);
        } else if (buttonId == DELETE_ID) {
            close();
            Corrections.delete(owner, interaction);
        }
        super.buttonPressed(buttonId);
    }
}
