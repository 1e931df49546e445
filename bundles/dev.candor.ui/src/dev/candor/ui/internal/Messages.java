package dev.candor.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the Candor workbench UI. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.candor.ui.internal.messages"; //$NON-NLS-1$

    public static String Customers_FilterMessage;
    public static String Customers_ColumnName;
    public static String Customers_ColumnOrganisation;
    public static String Customers_ColumnCity;
    public static String Customers_ColumnCountry;
    public static String Customers_ColumnEmail;
    public static String Customers_ColumnPhone;
    public static String Customers_ColumnOwner;
    public static String Customers_ColumnLanguage;
    public static String Customers_Loading;
    public static String Customers_LoadJob;
    public static String Customers_Status;
    public static String Customers_StatusAll;
    public static String Customers_NoStore;
    public static String Customers_LoadFailed;
    public static String Customers_NoMatch;
    public static String Editor_Loading;
    public static String Editor_LoadJob;
    public static String Editor_NotFound;
    public static String Editor_LoadFailed;
    public static String Editor_SectionIdentity;
    public static String Editor_SectionPreferences;
    public static String Editor_SectionContacts;
    public static String Editor_SectionNotes;
    public static String Editor_Kind;
    public static String Editor_Organisation;
    public static String Editor_Email;
    public static String Editor_Phone;
    public static String Editor_City;
    public static String Editor_Country;
    public static String Editor_Owner;
    public static String Editor_Language;
    public static String Editor_Channel;
    public static String Editor_Tags;
    public static String Editor_Consent;
    public static String Editor_ConsentMarketing;
    public static String Editor_ConsentData;
    public static String Editor_ConsentRecording;
    public static String Editor_ConsentNone;
    public static String Editor_Created;
    public static String Editor_NoContacts;
    public static String Editor_NoNotes;
    public static String Editor_ReadOnly;
    public static String Editor_Unknown;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
