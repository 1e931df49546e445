package dev.candor.model.validation;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.candor.model.validation.messages"; //$NON-NLS-1$
    private static final String LABELS = "dev.candor.model.validation.labels"; //$NON-NLS-1$

    public static String Required;
    public static String TooLong;
    public static String InvalidEmail;
    public static String InvalidPhone;
    public static String WeightOutOfRange;
    public static String Invalid;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The translated label of a feature key such as {@code Customer_preferredChannel}, or {@code null}. */
    static String label(String key) {
        try {
            return ResourceBundle.getBundle(LABELS, java.util.Locale.getDefault(), Messages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
