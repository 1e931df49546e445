package dev.candor.commitments.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.candor.ui.CandorUi;
import dev.candor.commitments.Commitments;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentStatus;
import dev.candor.commitments.CommitmentService;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.Background;
import dev.candor.ui.Labels;
import dev.candor.nls.Plurals;

/**
 * Marks one or many commitments kept, broken, renegotiated (with the new due time and what
 * the customer was told) or cancelled, all in one transaction: either every one changes or
 * none does. For a single commitment it also shows its history.
 */
public final class StatusDialog extends TitleAreaDialog {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private static final CommitmentStatus[] CHOICES = { CommitmentStatus.KEPT, CommitmentStatus.BROKEN,
            CommitmentStatus.RENEGOTIATED, CommitmentStatus.CANCELLED };

    private final CommitmentService service;
    private final List<CommitmentSummary> commitments;
    private final CommitmentStatus initial;
    final List<Button> choices = new ArrayList<>();
    Text note;
    private DateTime date;
    private DateTime time;
    /** How far a renegotiated due time is proposed after the old one (or now, if that is past). */
    static final int RENEGOTIATE_BUSINESS_DAYS = 2;
    /** Whether the user set the new due time: a proposal that arrives later leaves it alone. */
    private boolean dueChosen;
    private Commitment single;

    public StatusDialog(Shell shell, CommitmentService service, List<CommitmentSummary> commitments, CommitmentStatus initial) {
        super(shell);
        this.service = service;
        this.commitments = List.copyOf(commitments);
        this.initial = initial == null ? CommitmentStatus.KEPT : initial;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Status_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        CommitmentSummary first = commitments.get(0);
        setTitle(commitments.size() == 1 ? NLS.bind(Messages.Status_HeadingOne, first.description(), first.customerName())
                : Plurals.format(Messages.Status_HeadingMany, commitments.size()));
        setMessage(NLS.bind(Messages.Status_Message, Texts.due(first.dueAt())));
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.Status_NewStatus);
        Composite radios = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(CHOICES.length).spacing(12, 0).applyTo(radios);
        for (CommitmentStatus status : CHOICES) {
            Button radio = new Button(radios, SWT.RADIO);
            radio.setText(Labels.of(status));
            radio.setData(status);
            radio.setSelection(status == initial);
            radio.addListener(SWT.Selection, e -> validate());
            choices.add(radio);
        }
        Label noteLabel = new Label(fields, SWT.NONE);
        noteLabel.setText(Messages.Status_Note);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(noteLabel);
        note = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(440, 70).applyTo(note);
        note.addModifyListener(e -> validate());
        new Label(fields, SWT.NONE).setText(Messages.Status_NewDue);
        Composite when = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(when);
        date = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
        time = new DateTime(when, SWT.TIME | SWT.SHORT);
        // proposed: two business days later, by the working days of the owner's team (a weekday
        // calendar at once, the team's own once read); never a weekend or a holiday
        Instant base = Instant.ofEpochMilli(Math.max(first.dueAt(), clock.millis()));
        propose(dev.candor.commitments.BusinessCalendar.standard(clock.getZone()).plusBusinessDays(base,
                RENEGOTIATE_BUSINESS_DAYS));
        Background.run(Messages.Status_Title, date, () -> service.policies().policyFor(first.owner()).calendar()
                .plusBusinessDays(base, RENEGOTIATE_BUSINESS_DAYS), teams -> {
                    if (!dueChosen) {
                        propose(teams);
                    }
                }, failed -> {
                    // the weekday proposal stays
                });
        org.eclipse.swt.widgets.Listener chosen = e -> {
            dueChosen = true;
            validate();
        };
        date.addListener(SWT.Selection, chosen);
        time.addListener(SWT.Selection, chosen);
        if (commitments.size() == 1) {
            history(fields, first.id());
        }
        return area;
    }

    /** Reads the commitment's history in a job and shows it below the fields when there is one. */
    private void history(Composite parent, long id) {
        Background.run(Messages.Status_Title, parent, () -> service.find(id), found -> {
            single = found.orElse(null);
            if (single != null && !single.getHistory().isEmpty()) {
                showHistory(parent);
                Shell shell = parent.getShell();
                org.eclipse.swt.graphics.Point size = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
                shell.setSize(shell.getSize().x, Math.max(shell.getSize().y, size.y));
                shell.layout(true, true);
            }
        }, e -> setErrorMessage(NLS.bind(Messages.Status_Failed, e.getMessage())));
    }

    private void showHistory(Composite parent) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(Messages.Status_History);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(caption);
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(440, 90).applyTo(table);
        for (String title : new String[] { Messages.Status_When, Messages.Status_Who, Messages.Status_Change,
                Messages.Status_Why }) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        for (CommitmentChange change : single.getHistory()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { dev.candor.nls.Dates.dateTime(change.getChangedAt(), dev.candor.ui.CandorUi.zone()), change.getChangedBy(),
                    Labels.of(change.getFromStatus()) + " \u2192 " + Labels.of(change.getToStatus()) //$NON-NLS-1$
                            + (change.getNewDueAt() == null ? "" : " (" + dev.candor.nls.Dates.dateTime(change.getNewDueAt(), dev.candor.ui.CandorUi.zone()) + ")"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    change.getNote() == null ? "" : change.getNote() }); //$NON-NLS-1$
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.Status_Apply);
        validate();
    }

    private CommitmentStatus chosen() {
        for (Button b : choices) {
            if (b.getSelection()) {
                return (CommitmentStatus) b.getData();
            }
        }
        return CommitmentStatus.KEPT;
    }

    private void propose(Instant due) {
        LocalDateTime local = LocalDateTime.ofInstant(due, clock.getZone());
        date.setDate(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth());
        time.setTime(local.getHour(), local.getMinute(), 0);
        validate();
    }

    Instant newDue() {
        return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes())
                .atZone(clock.getZone()).toInstant();
    }

    private String problem() {
        CommitmentStatus status = chosen();
        for (CommitmentSummary c : commitments) {
            if (!c.isOpen()) {
                return NLS.bind(Messages.Status_AlreadyClosed, c.description(), Labels.of(c.status()));
            }
        }
        String text = note.getText().strip();
        if (status == CommitmentStatus.RENEGOTIATED) {
            if (!newDue().isAfter(clock.instant())) {
                return Messages.Status_NewDueInPast;
            }
            if (text.isEmpty()) {
                return Messages.Status_NeedTold;
            }
        }
        if ((status == CommitmentStatus.BROKEN || status == CommitmentStatus.CANCELLED) && text.isEmpty()) {
            return Messages.Status_NeedWhy;
        }
        if (text.length() > 4000) {
            return Plurals.format(Messages.Status_NoteTooLong, text.length());
        }
        return null;
    }

    void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        boolean renegotiate = chosen() == CommitmentStatus.RENEGOTIATED;
        date.setEnabled(renegotiate);
        time.setEnabled(renegotiate);
        String problem = problem();
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            validate();
            return;
        }
        CommitmentStatus status = chosen();
        String text = note.getText().strip();
        Instant due = status == CommitmentStatus.RENEGOTIATED ? newDue() : null;
        getButton(IDialogConstants.OK_ID).setEnabled(false); // one change at a time
        Background.run(Messages.Status_Title, getShell(), () -> {
            service.changeStatus(commitments, status, text, due);
            return commitments.size();
        }, changed -> StatusDialog.super.okPressed(), e -> {
            setErrorMessage(NLS.bind(Messages.Status_Failed, e.getMessage()));
            getButton(IDialogConstants.OK_ID).setEnabled(true);
        });
    }
}
