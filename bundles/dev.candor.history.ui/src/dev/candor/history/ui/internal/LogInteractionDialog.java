package dev.candor.history.ui.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.candor.model.CandorFactory;
import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.validation.ModelValidation;
import dev.candor.model.validation.Problem;
import dev.candor.history.InteractionService;
import dev.candor.ui.Background;
import org.eclipse.emf.ecore.util.EcoreUtil;
import dev.candor.ui.CandorUi;
import dev.candor.ui.Labels;

/**
 * Logs a call, e-mail, meeting, chat, social message or letter with a customer, or corrects one
 * logged earlier (also moving it to the right customer). Validated as it is typed; nothing is
 * written until it is valid.
 */
public final class LogInteractionDialog extends TitleAreaDialog {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private static final CandorPackage P = CandorPackage.eINSTANCE;

    private final InteractionService service;
    /** The interaction as stored when correcting one; {@code null} when logging a new one. */
    private final Interaction original;
    private String customerName;
    private final Interaction interaction;
    private Label customer;
    private final dev.candor.ui.ProblemDecorations decorations = new dev.candor.ui.ProblemDecorations();
    Combo channel;
    private Button inbound;
    private DateTime date;
    private DateTime time;
    Spinner minutes;
    Text participants;
    Text subject;
    Text notes;
    private Text manager;
    private Button awaiting;

    public LogInteractionDialog(Shell parent, InteractionService service, long customerId, String customerName,
            Channel preferred) {
        super(parent);
        this.service = service;
        this.original = null;
        this.customerName = customerName;
        interaction = CandorFactory.eINSTANCE.createInteraction();
        interaction.setCustomerId(customerId);
        interaction.setChannel(preferred == null ? Channel.PHONE : preferred);
        interaction.setDirection(Direction.INBOUND);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Corrects {@code stored}, an interaction of {@code customerName}. */
    public LogInteractionDialog(Shell parent, InteractionService service, Interaction stored, String customerName) {
        super(parent);
        this.service = service;
        this.original = EcoreUtil.copy(stored);
        this.customerName = customerName;
        interaction = EcoreUtil.copy(stored);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    private boolean correcting() {
        return original != null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(correcting() ? Messages.Edit_Title : Messages.Log_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(correcting() ? NLS.bind(Messages.Edit_Heading, original.getSubject())
                : NLS.bind(Messages.Log_Heading, customerName));
        setMessage(correcting() ? Messages.Edit_Message : Messages.Log_Message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 10).spacing(14, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

        if (correcting()) {
            // a call logged on the wrong customer is moved here
            caption(fields, Messages.Edit_Customer);
            Composite customerRow = new Composite(fields, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(customerRow);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(customerRow);
            customer = new Label(customerRow, SWT.NONE);
            customer.setText(customerName);
            GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(customer);
            Button change = new Button(customerRow, SWT.PUSH);
            change.setText(Messages.Edit_ChangeCustomer);
            change.addListener(SWT.Selection, event -> chooseCustomer());
        }

        caption(fields, Messages.Log_Channel);
        Composite channelRow = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(12, 0).applyTo(channelRow);
        channel = new Combo(channelRow, SWT.READ_ONLY);
        for (Channel c : Channel.VALUES) {
            channel.add(Labels.of(c));
        }
        channel.select(interaction.getChannel().getValue());
        inbound = new Button(channelRow, SWT.RADIO);
        inbound.setText(Labels.of(Direction.INBOUND));
        inbound.setSelection(interaction.getDirection() != Direction.OUTBOUND);
        Button outbound = new Button(channelRow, SWT.RADIO);
        outbound.setText(Labels.of(Direction.OUTBOUND));
        outbound.setSelection(interaction.getDirection() == Direction.OUTBOUND);
        decorate(P.getInteraction_Channel(), channel);

        caption(fields, Messages.Log_When);
        Composite when = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 0).applyTo(when);
        date = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
        time = new DateTime(when, SWT.TIME | SWT.SHORT);
        minutes = new Spinner(when, SWT.BORDER);
        minutes.setValues(0, 0, 24 * 60, 0, 5, 30);
        new Label(when, SWT.NONE).setText(Messages.Log_Minutes);
        decorate(P.getInteraction_StartedAt(), date);

        participants = text(fields, Messages.Log_Participants, P.getInteraction_Participants(), SWT.SINGLE);
        participants.setMessage(Messages.Log_ParticipantsHint);
        subject = text(fields, Messages.Log_Subject + " *", P.getInteraction_Subject(), SWT.SINGLE); //$NON-NLS-1$
        notes = text(fields, Messages.Log_Notes, P.getInteraction_Notes(), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 140).applyTo(notes);
        manager = text(fields, Messages.Log_Manager, P.getInteraction_AccountManager(), SWT.SINGLE);
        manager.setText(CandorUi.currentUser());
        new Label(fields, SWT.NONE);
        awaiting = new Button(fields, SWT.CHECK);
        awaiting.setText(Messages.Log_Awaiting);
        if (correcting()) {
            fill(original);
        }

        for (Control control : new Control[] { channel, inbound, outbound, date, time, minutes, awaiting }) {
            control.addListener(SWT.Selection, event -> changed());
        }
        minutes.addListener(SWT.Modify, event -> changed());
        return area;
    }

    /** The fields as {@code stored} has them. */
    private void fill(Interaction stored) {
        LocalDateTime start = LocalDateTime.ofInstant(stored.getStartedAt().toInstant(), clock.getZone());
        date.setDate(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth());
        time.setTime(start.getHour(), start.getMinute(), 0);
        minutes.setSelection(minutesOf(stored));
        participants.setText(String.join(", ", stored.getParticipants())); //$NON-NLS-1$
        subject.setText(stored.getSubject() == null ? "" : stored.getSubject()); //$NON-NLS-1$
        notes.setText(stored.getNotes() == null ? "" : stored.getNotes()); //$NON-NLS-1$
        manager.setText(stored.getAccountManager() == null ? "" : stored.getAccountManager()); //$NON-NLS-1$
        awaiting.setSelection(stored.isAwaitingResponse());
    }

    private static boolean sameMinute(Date a, Date b) {
        return a.getTime() / 60_000L == b.getTime() / 60_000L;
    }

    private static int minutesOf(Interaction stored) {
        return stored.getEndedAt() == null ? 0
                : (int) ((stored.getEndedAt().getTime() - stored.getStartedAt().getTime()) / 60_000L);
    }

    private void chooseCustomer() {
        CustomerChoiceDialog choice = new CustomerChoiceDialog(getShell(), customerName);
        if (choice.open() == OK && choice.getChosen() != null) {
            interaction.setCustomerId(choice.getChosen().id());
            customerName = choice.getChosen().name();
            customer.setText(customerName);
            customer.getParent().layout(true);
            changed();
        }
    }

    private static void caption(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(label);
    }

    private Text text(Composite parent, String caption, EStructuralFeature feature, int style) {
        caption(parent, caption);
        Text text = new Text(parent, SWT.BORDER | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(event -> changed());
        decorate(feature, text);
        return text;
    }

    private void decorate(EStructuralFeature feature, Control control) {
        decorations.add(feature, control);
    }

    @Override
    protected Control createButtonBar(Composite parent) {
        Control bar = super.createButtonBar(parent);
        changed();
        return bar;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, correcting() ? Messages.Edit_Save : Messages.Log_Save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Copies the fields into the interaction and shows what is wrong, at the field. */
    private void changed() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        interaction.setChannel(Channel.get(channel.getSelectionIndex()));
        interaction.setDirection(inbound.getSelection() ? Direction.INBOUND : Direction.OUTBOUND);
        LocalDateTime start = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
                time.getMinutes());
        Date started = Date.from(start.atZone(clock.getZone()).toInstant());
        interaction.setStartedAt(started);
        interaction.setEndedAt(minutes.getSelection() == 0 ? null
                : new Date(started.getTime() + minutes.getSelection() * 60_000L));
        if (correcting() && sameMinute(started, original.getStartedAt())) {
            // the pickers show minutes: the seconds stored (an import, a mail) are not changed by opening this
            interaction.setStartedAt(original.getStartedAt());
            if (minutes.getSelection() == minutesOf(original)) {
                interaction.setEndedAt(original.getEndedAt());
            }
        }
        interaction.getParticipants().clear();
        for (String name : participants.getText().split("[,;]")) { //$NON-NLS-1$
            if (!name.isBlank()) {
                interaction.getParticipants().add(name.trim());
            }
        }
        interaction.setSubject(subject.getText().isBlank() ? null : subject.getText().trim());
        interaction.setNotes(notes.getText().isBlank() ? null : notes.getText());
        interaction.setAccountManager(manager.getText().isBlank() ? null : manager.getText().trim());
        interaction.setAwaitingResponse(awaiting.getSelection());

        List<Problem> found = ModelValidation.validate(interaction);
        decorations.show(found);
        List<String> problems = new ArrayList<>(found.stream().map(Problem::message).toList());
        if (started.getTime() > clock.millis() + 5 * 60_000L) {
            problems.add(Messages.Log_Future);
            decorations.mark(P.getInteraction_StartedAt(), Messages.Log_Future);
        }
        // an empty subject at the start is not yet an error worth shouting about
        boolean untouched = subject.getText().isEmpty() && problems.size() == 1 && interaction.getSubject() == null
                && !correcting();
        setErrorMessage(problems.isEmpty() || untouched ? null : problems.get(0));
        // a correction that corrects nothing is not saved
        getButton(IDialogConstants.OK_ID).setEnabled(problems.isEmpty()
                && (!correcting() || !EcoreUtil.equals(original, interaction)));
    }

    @Override
    protected void okPressed() {
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Interaction copy = EcoreUtil.copy(interaction);
        Background.run(correcting() ? Messages.Edit_Title : Messages.Log_Title, getShell(),
                () -> correcting() ? service.update(copy) : service.log(copy), saved -> {
                    interaction.setId(saved.getId());
                    interaction.setVersion(saved.getVersion());
                    LogInteractionDialog.super.okPressed();
                }, e -> {
                    // the typed text stays; the message says what to do (reopen after a colleague's change)
                    setErrorMessage(NLS.bind(correcting() ? Messages.Edit_Failed : Messages.Log_Failed,
                            e.getMessage()));
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                });
    }

    /** The name of the customer the interaction belongs to (after a move, the new one). */
    public String getCustomerName() {
        return customerName;
    }

    /** The interaction as saved (its id set) once the dialog closed with OK. */
    public Interaction getInteraction() {
        return interaction;
    }
}
