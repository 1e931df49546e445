package dev.candor.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Translated names of the model's enumerations, for display only (never stored).
 *
 * @since 0.1
 */
public final class Labels {

    private static final String BUNDLE = "dev.candor.ui.labels"; //$NON-NLS-1$

    private Labels() {
    }

    /** "Hungarian" for Language.HUNGARIAN in English, "węgierski" in Polish; "" for null. */
    public static String of(Enumerator value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        String key = value.getClass().getSimpleName() + "." + value.getLiteral(); //$NON-NLS-1$
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Labels.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return value.getName();
        }
    }
}
