package dev.candor.commitments.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.candor.commitments.PolicyFormatException;
import dev.candor.commitments.ResponsePolicies;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.commitments.CommitmentService;
import dev.candor.ui.Background;
import dev.candor.ui.Services;

/**
 * Preferences > Candor > Response Times: each team's business hours, holidays, time zone,
 * members and per-priority targets, stored in the shared database so that every Candor on
 * the team uses them. Checked as you type; a save over someone else's change is refused.
 */
public final class ResponseTimesPage extends PreferencePage implements IWorkbenchPreferencePage {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private CommitmentService service;
    private final List<ResponsePolicies.Stored> teams = new ArrayList<>();
    private Combo team;
    Text text;
    private int shown = -1;
    private boolean loaded;
    private final List<String> edited = new ArrayList<>();

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Policy_Description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 8).applyTo(page);
        service = Services.get(CommitmentService.class).orElse(null);
        if (service == null) {
            new Label(page, SWT.WRAP).setText(Services.whyUnavailable());
            return page;
        }
        new Label(page, SWT.NONE).setText(Messages.Policy_Team);
        team = new Combo(page, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(team);
        Button add = new Button(page, SWT.PUSH);
        add.setText(Messages.Policy_NewTeam);
        add.addListener(SWT.Selection, e -> newTeam());
        text = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(460, 220).applyTo(text);
        Label help = new Label(page, SWT.WRAP);
        help.setText(Messages.Policy_Help);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(help);
        team.setEnabled(false);
        text.setEnabled(false);
        add.setEnabled(false);
        setValid(false); // until the policies are read
        Background.run(Messages.Policy_Team, page, () -> service.policies().all(), read -> {
            teams.addAll(read);
            for (ResponsePolicies.Stored stored : teams) {
                team.add(stored.policy().team());
                edited.add(stored.policy().format());
            }
            team.setEnabled(true);
            text.setEnabled(true);
            add.setEnabled(true);
            loaded = true;
            if (!teams.isEmpty()) {
                team.select(0);
                showTeam(0);
            } else {
                validate();
            }
        }, e -> setErrorMessage(NLS.bind(Messages.Policy_Failed, e.getMessage())));
        team.addListener(SWT.Selection, e -> showTeam(team.getSelectionIndex()));
        text.addModifyListener(e -> {
            if (shown >= 0) {
                edited.set(shown, text.getText());
            }
            validate();
        });
        return page;
    }

    private void showTeam(int index) {
        shown = -1;
        text.setText(edited.get(index));
        shown = index;
        validate();
    }

    private void newTeam() {
        IInputValidator unique = value -> value.isBlank() ? Messages.Policy_TeamNeedsName
                : value.strip().length() > 100 ? Messages.Policy_TeamNameTooLong
                        : teams.stream().anyMatch(t -> t.policy().team().equalsIgnoreCase(value.strip()))
                                ? NLS.bind(Messages.Policy_TeamExists, value.strip()) : null;
        InputDialog input = new InputDialog(getShell(), Messages.Policy_NewTeam, Messages.Policy_NewTeamPrompt, "", //$NON-NLS-1$
                unique);
        if (input.open() != Window.OK) {
            return;
        }
        String name = input.getValue().strip();
        ResponsePolicy policy = ResponsePolicy.defaults(name, clock.getZone());
        teams.add(new ResponsePolicies.Stored(policy, 0));
        edited.add(policy.format());
        team.add(name);
        team.select(teams.size() - 1);
        showTeam(teams.size() - 1);
    }

    private String problem() {
        for (int i = 0; i < teams.size(); i++) {
            try {
                ResponsePolicy.parse(teams.get(i).policy().team(), edited.get(i));
            } catch (PolicyFormatException e) {
                return NLS.bind(Messages.Policy_Mistake, teams.get(i).policy().team(), e.getProblems().get(0));
            }
        }
        return null;
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    public boolean performOk() {
        if (service == null || !loaded) {
            return true;
        }
        if (problem() != null) {
            validate();
            return false;
        }
        List<ResponsePolicy> parsed = new ArrayList<>();
        try {
            for (int i = 0; i < teams.size(); i++) {
                parsed.add(ResponsePolicy.parse(teams.get(i).policy().team(), edited.get(i)));
            }
        } catch (PolicyFormatException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        try {
            // the page must know before it closes whether the save took; the UI keeps painting meanwhile
            List<ResponsePolicies.Stored> before = List.copyOf(teams);
            List<ResponsePolicies.Stored> stored = Background.whileBusy(Messages.Policy_Team,
                    () -> service.savePolicies(before, parsed));
            teams.clear();
            teams.addAll(stored);
            return true;
        } catch (InterruptedException e) {
            return false;
        } catch (Exception e) {
            setErrorMessage(NLS.bind(Messages.Policy_Failed, e.getMessage()));
            return false;
        }
    }
}
