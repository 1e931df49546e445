package dev.candor.model.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the model's own validation constraints. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.candor.model.internal.messages"; //$NON-NLS-1$

    public static String Customer_PreferredChannelEmailMissing;
    public static String Customer_PreferredChannelPhoneMissing;
    public static String Interaction_EndsBeforeStart;
    public static String Commitment_DueBeforeCreation;
    public static String Commitment_RenegotiationWithoutNote;
    public static String Commitment_RenegotiationWithoutNewDue;
    public static String ChecklistTemplate_DuplicateItemCode;
    public static String ItemVerdict_EvidenceSpanInvalid;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
