package dev.candor.app.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringButtonFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

import dev.candor.store.StoreConfiguration;

/**
 * The database location. An invalid value is refused on the page with the
 * reason, so it never reaches the next start.
 */
public final class DatabasePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public DatabasePreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CandorPreferences.NODE));
        setDescription(Messages.Preferences_Description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to prepare
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        StringButtonFieldEditor location = new StringButtonFieldEditor(CandorPreferences.DATABASE_LOCATION,
                Messages.Preferences_Location, parent) {
            @Override
            protected String changePressed() {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setMessage(Messages.Database_ChooseFolderTitle);
                return dialog.open();
            }

            @Override
            protected boolean doCheckState() {
                String text = getStringValue();
                if (text == null || text.isBlank()) {
                    return true;
                }
                try {
                    StoreConfiguration.parse(text);
                    return true;
                } catch (IllegalArgumentException e) {
                    setErrorMessage(e.getMessage());
                    return false;
                }
            }
        };
        location.setChangeButtonText(Messages.Preferences_Browse);
        location.setEmptyStringAllowed(true);
        location.setValidateStrategy(StringButtonFieldEditor.VALIDATE_ON_KEY_STROKE);
        addField(location);

        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(NLS.bind(Messages.Preferences_LocationHint, CandorPreferences.defaultLocation()));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.widthHint = 400;
        hint.setLayoutData(data);

        addField(new BooleanFieldEditor(CandorPreferences.DEMO_SEED, Messages.Preferences_Seed, parent));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        if (ok) {
            setMessage(Messages.Preferences_Restart, INFORMATION);
        }
        return ok;
    }
}
