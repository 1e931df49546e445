package dev.candor.commitments.ui.internal;

import java.time.Instant;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.candor.ui.CandorUi;
import dev.candor.commitments.Commitments;
import dev.candor.commitments.PromiseSuggestion;
import dev.candor.model.Commitment;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.commitments.CommitmentService;
import dev.candor.ui.Background;

/**
 * The promises found in an interaction just logged, each to accept as a commitment or to
 * dismiss. A promise that names no time is due at the team's follow-up target.
 */
public final class SuggestionsDialog extends TitleAreaDialog {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private final CommitmentService service;
    private final Interaction interaction;
    private final String customerName;
    private final List<PromiseSuggestion> suggestions;
    private final Instant followUp;
    final List<Button> accepted = new ArrayList<>();
    /** Per suggestion, the choice between its two readings ("by Friday" said on a Friday), or null. */
    final List<org.eclipse.swt.widgets.Combo> readings = new ArrayList<>();
    private int created;

    public SuggestionsDialog(Shell shell, CommitmentService service, Interaction interaction, String customerName,
            List<PromiseSuggestion> suggestions, Instant followUp) {
        super(shell);
        this.service = service;
        this.interaction = interaction;
        this.customerName = customerName;
        this.suggestions = List.copyOf(suggestions);
        this.followUp = followUp;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Suggest_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Suggest_Heading, suggestions.size(), customerName));
        setMessage(Messages.Suggest_Message);
        suggestions.stream().filter(PromiseSuggestion::hasAlternative).findFirst().ifPresent(
                s -> setMessage(NLS.bind(Messages.Suggest_Which, s.duePhrase()), org.eclipse.jface.dialogs.IMessageProvider.INFORMATION));
        Composite rows = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 6).applyTo(rows);
        for (PromiseSuggestion s : suggestions) {
            Button accept = new Button(rows, SWT.CHECK);
            accept.setSelection(true);
            accept.setText(s.sentence());
            accept.addListener(SWT.Selection, e -> update());
            GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(accept);
            accepted.add(accept);
            if (s.hasAlternative()) {
                // the words name today's own weekday: the user says which day was meant
                org.eclipse.swt.widgets.Combo reading = new org.eclipse.swt.widgets.Combo(rows, SWT.READ_ONLY);
                reading.setItems(NLS.bind(Messages.Suggest_Today, Texts.due(s.due().toEpochMilli()), s.duePhrase()),
                        NLS.bind(Messages.Suggest_WeekLater, Texts.due(s.alternative().toEpochMilli())));
                reading.select(0);
                reading.setToolTipText(NLS.bind(Messages.Suggest_Which, s.duePhrase()));
                readings.add(reading);
            } else {
                Label due = new Label(rows, SWT.NONE);
                due.setText(s.hasDue() ? NLS.bind(Messages.Suggest_Due, Texts.due(s.due().toEpochMilli()), s.duePhrase())
                        : NLS.bind(Messages.Suggest_NoDue, Texts.due(followUp.toEpochMilli())));
                readings.add(null);
            }
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button create = createButton(parent, IDialogConstants.OK_ID,
                NLS.bind(Messages.Suggest_CreateCount, suggestions.size()), true);
        // wide enough for every count the label will show
        ((org.eclipse.swt.layout.GridData) create.getLayoutData()).widthHint = create.computeSize(SWT.DEFAULT,
                SWT.DEFAULT, true).x + 8;
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Suggest_Dismiss, false);
        update();
    }

    private int chosen() {
        int n = 0;
        for (Button b : accepted) {
            n += b.getSelection() ? 1 : 0;
        }
        return n;
    }

    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setText(NLS.bind(Messages.Suggest_CreateCount, chosen()));
            ok.setEnabled(chosen() > 0);
            ok.getParent().layout(true);
        }
    }

    @Override
    protected void okPressed() {
        List<Commitment> commitments = new ArrayList<>();
        String owner = interaction.getAccountManager() == null || interaction.getAccountManager().isBlank()
                ? CandorUi.currentUser() : interaction.getAccountManager();
        String to = interaction.getParticipants().isEmpty() ? customerName : interaction.getParticipants().get(0);
        for (int i = 0; i < suggestions.size(); i++) {
            if (accepted.get(i).getSelection()) {
                PromiseSuggestion s = suggestions.get(i);
                String text = s.sentence().length() > 500 ? s.sentence().substring(0, 499) + "\u2026" : s.sentence(); //$NON-NLS-1$
                org.eclipse.swt.widgets.Combo reading = readings.get(i);
                Instant due = reading != null && reading.getSelectionIndex() == 1 ? s.alternative()
                        : s.hasDue() ? s.due() : followUp;
                Commitment c = Commitments.promise(interaction.getCustomerId(), text, owner, to, due, Priority.MEDIUM,
                        interaction.getId(), clock.instant());
                commitments.add(c);
            }
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false); // one save at a time
        Background.run(Messages.Suggest_Title, getShell(), () -> service.promise(commitments), saved -> {
            created = saved.size();
            SuggestionsDialog.super.okPressed();
        }, e -> {
            setErrorMessage(NLS.bind(Messages.New_Failed, e.getMessage()));
            getButton(IDialogConstants.OK_ID).setEnabled(true);
        });
    }
}
