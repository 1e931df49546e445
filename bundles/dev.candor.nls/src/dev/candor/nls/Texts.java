package dev.candor.nls;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A bundle's text in a language other than the user interface's: for what Candor writes into a
 * customer's records ("Respond: …"), which is in the language chosen for that customer. The
 * texts are the bundle's own {@code messages*.properties}, next to its NLS class.
 *
 * @since 0.1
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The text {@code key} of the NLS class {@code messages} in {@code language}; the English text
     * when that language has none, the user interface's when even that cannot be read.
     */
    public static String in(Locale language, Class<?> messages, String key) {
        String base = messages.getPackageName() + ".messages"; //$NON-NLS-1$
        try {
            return ResourceBundle.getBundle(base, language, messages.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            try {
                Field field = messages.getField(key);
                return (String) field.get(null);
            } catch (ReflectiveOperationException | ClassCastException notThere) {
                throw new IllegalArgumentException("No text " + key + " in " + messages.getName(), notThere); //$NON-NLS-1$
            }
        }
    }
}
