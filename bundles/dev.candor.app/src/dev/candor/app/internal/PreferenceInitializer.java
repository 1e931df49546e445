package dev.candor.app.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Defaults that plugin_customization.ini may override. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CandorPreferences.NODE);
        defaults.put(CandorPreferences.DATABASE_LOCATION, ""); //$NON-NLS-1$
        defaults.putBoolean(CandorPreferences.DEMO_SEED, true);
    }
}
