package dev.candor.commitments.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.candor.ui.CandorUi;
import dev.candor.commitments.Commitments;
import dev.candor.model.Commitment;
import dev.candor.model.Priority;
import dev.candor.commitments.CommitmentService;
import dev.candor.ui.Background;
import dev.candor.ui.Labels;
import dev.candor.nls.Plurals;

/**
 * Records a promise made to one customer: what, to whom, who keeps it, by when, how urgent.
 * Opened from the view, a profile or an interaction (then linked to it and pre-filled).
 */
public final class CommitmentDialog extends TitleAreaDialog {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private final CommitmentService service;
    final long customerId;
    private final String customerName;
    private final Long interactionId;
    private final String initialText;
    private final String initialPromisedTo;
    private final Instant initialDue;
    Text description;
    private Text promisedTo;
    private Text owner;
    private DateTime date;
    private DateTime time;
    private Combo priority;

    public CommitmentDialog(Shell shell, CommitmentService service, long customerId, String customerName, Long interactionId,
            String text, String promisedTo, Instant due) {
        super(shell);
        this.service = service;
        this.customerId = customerId;
        this.customerName = customerName;
        this.interactionId = interactionId;
        this.initialText = text;
        this.initialPromisedTo = promisedTo;
        this.initialDue = due;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.New_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.New_Heading, customerName));
        setMessage(interactionId == null ? Messages.New_Message : Messages.New_MessageFromInteraction);
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(fields);
        description = text(fields, Messages.New_What + " *", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 70).applyTo(description);
        description.setText(initialText == null ? "" : initialText); //$NON-NLS-1$
        promisedTo = text(fields, Messages.New_PromisedTo, SWT.SINGLE);
        promisedTo.setText(initialPromisedTo == null ? customerName : initialPromisedTo);
        owner = text(fields, Messages.New_Owner + " *", SWT.SINGLE); //$NON-NLS-1$
        owner.setText(CandorUi.currentUser());
        new Label(fields, SWT.NONE).setText(Messages.New_Due + " *"); //$NON-NLS-1$
        Composite when = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(when);
        date = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
        time = new DateTime(when, SWT.TIME | SWT.SHORT);
        LocalDateTime due = LocalDateTime.ofInstant(initialDue != null ? initialDue
                : clock.instant().plusSeconds(24 * 3600), clock.getZone());
        date.setDate(due.getYear(), due.getMonthValue() - 1, due.getDayOfMonth());
        time.setTime(due.getHour(), due.getMinute(), 0);
        new Label(fields, SWT.NONE).setText(Messages.New_Priority);
        priority = new Combo(fields, SWT.READ_ONLY);
        for (Priority p : Priority.VALUES) {
            priority.add(Labels.of(p));
        }
        priority.select(Priority.MEDIUM.getValue());
        description.addModifyListener(e -> validate());
        owner.addModifyListener(e -> validate());
        date.addListener(SWT.Selection, e -> validate());
        time.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private Text text(Composite parent, String caption, int style) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(caption);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(label);
        Text text = new Text(parent, SWT.BORDER | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.New_Save);
        validate();
    }

    private Instant due() {
        return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes())
                .atZone(clock.getZone()).toInstant();
    }

    private String problem() {
        if (description.getText().isBlank()) {
            return Messages.New_NeedWhat;
        }
        if (description.getText().strip().length() > 500) {
            return Plurals.format(Messages.New_WhatTooLong, description.getText().strip().length());
        }
        if (owner.getText().isBlank()) {
            return Messages.New_NeedOwner;
        }
        if (!due().isAfter(clock.instant().minusSeconds(60))) {
            return Messages.New_DueInPast;
        }
        return null;
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = problem();
        boolean untouched = description.getText().isEmpty() && Messages.New_NeedWhat.equals(problem);
        setErrorMessage(problem == null || untouched ? null : problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            validate();
            return;
        }
        Commitment commitment = Commitments.promise(customerId, description.getText().strip(), owner.getText().strip(),
                promisedTo.getText().isBlank() ? null : promisedTo.getText().strip(), due(),
                Priority.get(priority.getSelectionIndex()), interactionId, clock.instant());
        getButton(IDialogConstants.OK_ID).setEnabled(false); // one save at a time
        Background.run(Messages.New_Title, getShell(), () -> service.promise(List.of(commitment)),
                saved -> CommitmentDialog.super.okPressed(), e -> {
                    setErrorMessage(NLS.bind(Messages.New_Failed, e.getMessage()));
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                });
    }
}
