package dev.candor.ethics;

import java.util.List;

/**
 * The codes of the default checklist's items, one per principle of the
 * customer-service ethics Candor reviews against. Contributed checks name one
 * of these (or an item of a contributed template) as the item they inform.
 *
 * @since 0.1
 */
public final class ItemCodes {

    public static final String COURTESY = "courtesy"; //$NON-NLS-1$
    public static final String RESPECT = "respect"; //$NON-NLS-1$
    public static final String HONESTY = "honesty"; //$NON-NLS-1$
    public static final String MISTAKES = "mistakes"; //$NON-NLS-1$
    public static final String PROMISES = "promises"; //$NON-NLS-1$
    public static final String NO_PRESSURE = "no-pressure"; //$NON-NLS-1$
    public static final String COMPETITORS = "competitors"; //$NON-NLS-1$
    public static final String PLAIN_LANGUAGE = "plain-language"; //$NON-NLS-1$
    public static final String CALM = "calm"; //$NON-NLS-1$
    public static final String TIMELY = "timely"; //$NON-NLS-1$
    public static final String EMPATHY = "empathy"; //$NON-NLS-1$
    public static final String PROACTIVITY = "proactivity"; //$NON-NLS-1$
    public static final String PERSONALISATION = "personalisation"; //$NON-NLS-1$
    public static final String FEEDBACK = "feedback"; //$NON-NLS-1$
    public static final String PERSONAL_DATA = "personal-data"; //$NON-NLS-1$

    /** All of them, in the default checklist's order. */
    public static final List<String> ALL = List.of(COURTESY, RESPECT, HONESTY, MISTAKES, PROMISES, NO_PRESSURE,
            COMPETITORS, PLAIN_LANGUAGE, CALM, TIMELY, EMPATHY, PROACTIVITY, PERSONALISATION, FEEDBACK, PERSONAL_DATA);

    private ItemCodes() {
    }
}
