package dev.candor.nls;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Formats a message that counts something, in the grammar of the language it is written in:
 * {@code {0,plural,one{# customer} other{# customers}}} in English, four forms in Russian,
 * Ukrainian and Polish, two in Hungarian (ICU's plural rules, from CLDR). Eclipse's
 * {@code NLS.bind} knows no plurals; every message with a count goes through here instead.
 * Other arguments are written as {@code NLS.bind} writes them, except numbers, which get the
 * language's digit grouping ("100,000", "100 000").
 *
 * @since 0.1
 */
public final class Plurals {

    private Plurals() {
    }

    /** {@code pattern} with {@code arguments}, in the language of the user's session. */
    public static String format(String pattern, Object... arguments) {
        return format(Locale.getDefault(), pattern, arguments);
    }

    /**
     * {@code pattern} with {@code arguments}, by the plural rules of {@code language}.
     *
     * @throws IllegalArgumentException if the pattern is not a valid message pattern or a
     *                                  plural argument is not a number
     */
    public static String format(Locale language, String pattern, Object... arguments) {
        return new MessageFormat(pattern, ULocale.forLocale(language)).format(arguments);
    }
}
