package dev.candor.ethics.internal;

import java.util.regex.Pattern;

/** The shapes of the company's own addresses that the settings and the review context both recognise. */
public final class Addresses {

    /** Two letters, two check digits, 11 to 30 letters or digits: an IBAN written without spaces. */
    private static final Pattern IBAN = Pattern.compile("[A-Za-z]{2}\\d{2}[A-Za-z0-9]{11,30}"); //$NON-NLS-1$

    private Addresses() {
    }

    /** Whether {@code value}, with its spaces left out, has the shape of an IBAN. */
    public static boolean looksLikeIban(String value) {
        return IBAN.matcher(value.replace(" ", "")).matches(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
