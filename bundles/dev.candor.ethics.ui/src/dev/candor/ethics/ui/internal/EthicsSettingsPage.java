package dev.candor.ethics.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.candor.ethics.EthicsSettings;
import dev.candor.ethics.ReviewService;
import dev.candor.ui.Background;
import dev.candor.ui.CandorUi;
import dev.candor.ui.Services;

/**
 * Preferences > Candor > Ethics Checks: the competitors' names and the
 * company's own addresses that the automatic checks use, shared with the
 * whole team through the database. Checked as you type; saving over someone
 * else's change is refused and nothing is lost.
 */
public final class EthicsSettingsPage extends PreferencePage implements IWorkbenchPreferencePage {

    private ReviewService service;
    private EthicsSettings stored;
    Text text;
    boolean readOnly = true;
    boolean settled;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Settings_Description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(8, 8).applyTo(page);
        service = Services.get(ReviewService.class).orElse(null);
        if (service == null) {
            new Label(page, SWT.WRAP).setText(Services.whyUnavailable());
            return page;
        }
        text = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        text.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 120).applyTo(text);
        Label help = new Label(page, SWT.WRAP);
        help.setText(Messages.Settings_Help);
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(help);
        text.setEditable(false); // until read, and for good when the user may not change them
        List<String> problems = new ArrayList<>();
        Background.run(Messages.Settings_Description, text, () -> service.settings(problems), read -> {
            stored = read;
            text.setText(read.format());
            if (!problems.isEmpty()) {
                setMessage(String.join("\n", problems), WARNING); //$NON-NLS-1$
            }
            text.addModifyListener(e -> check());
            // the whole team's reviews use these; only its administrators change them
            Administration.ask(text, ReviewService.SAVE_SETTINGS, may -> {
                readOnly = !may;
                text.setEditable(may);
                if (readOnly) {
                    setMessage(NLS.bind(Messages.Settings_ReadOnly, CandorUi.currentUser()), INFORMATION);
                }
                settled = true;
            });
        }, e -> setErrorMessage(NLS.bind(Messages.Settings_Failed, e.getMessage())));
        return page;
    }

    private EthicsSettings parsed() {
        try {
            setErrorMessage(null);
            setValid(true);
            return EthicsSettings.parse(text.getText(), stored == null ? 0 : stored.version());
        } catch (EthicsSettings.SettingsFormatException e) {
            setErrorMessage(String.join("\n", e.getProblems())); //$NON-NLS-1$
            setValid(false);
            return null;
        }
    }

    private void check() {
        parsed();
    }

    @Override
    public boolean performOk() {
        if (service == null || text == null || stored == null || readOnly) {
            return true;
        }
        EthicsSettings settings = parsed();
        if (settings == null) {
            return false;
        }
        if (settings.format().equals(stored.format())) {
            return true;
        }
        try {
            // the page must know before it closes whether the save took; the UI keeps painting meanwhile
            stored = Background.whileBusy(Messages.Settings_Description, () -> service.saveSettings(settings));
            return true;
        } catch (InterruptedException e) {
            return false;
        } catch (Exception e) {
            setErrorMessage(NLS.bind(Messages.Settings_SaveFailed, e.getMessage()));
            return false;
        }
    }
}
