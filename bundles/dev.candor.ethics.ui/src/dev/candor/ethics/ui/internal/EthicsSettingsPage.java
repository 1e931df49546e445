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
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.ui.CandorUi;
import dev.candor.ui.StoreAccess;

/**
 * Preferences > Candor > Ethics Checks: the competitors' names and the
 * company's own addresses that the automatic checks use, shared with the
 * whole team through the database. Checked as you type; saving over someone
 * else's change is refused and nothing is lost.
 */
public final class EthicsSettingsPage extends PreferencePage implements IWorkbenchPreferencePage {

    private CandorStore store;
    private EthicsSettings stored;
    private Text text;
    private boolean readOnly;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Settings_Description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(8, 8).applyTo(page);
        store = StoreAccess.await(0).orElse(null);
        if (store == null) {
            new Label(page, SWT.WRAP).setText(Messages.Checklist_NoStore);
            return page;
        }
        text = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        text.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 120).applyTo(text);
        Label help = new Label(page, SWT.WRAP);
        help.setText(Messages.Settings_Help);
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(help);
        List<String> problems = new ArrayList<>();
        try {
            stored = store.call(s -> EthicsSettings.load(s, problems));
            text.setText(stored.format());
        } catch (StoreException e) {
            setErrorMessage(NLS.bind(Messages.Settings_Failed, e.getMessage()));
        }
        if (!problems.isEmpty()) {
            setMessage(String.join("\n", problems), WARNING); //$NON-NLS-1$
        }
        text.addModifyListener(e -> check());
        readOnly = !Administration.mayAdminister(store);
        if (readOnly) {
            // the whole team's reviews use these; only its administrators change them
            text.setEditable(false);
            setMessage(NLS.bind(Messages.Settings_ReadOnly, CandorUi.currentUser()), INFORMATION);
        }
        return page;
    }

    /** Whether the person may only read (not an administrator of the team). */
    public boolean isReadOnly() {
        return readOnly;
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
        if (store == null || text == null || stored == null || readOnly) {
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
            stored = store.call(s -> settings.save(s, CandorUi.currentUser()));
            dev.candor.ui.DataEvents.post("ethics-settings"); //$NON-NLS-1$
            return true;
        } catch (StoreException e) {
            setErrorMessage(NLS.bind(Messages.Settings_SaveFailed, e.getMessage()));
            return false;
        }
    }

    // ---- for tests ----

    public Text getText() {
        return text;
    }
}
