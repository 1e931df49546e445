package dev.candor.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the Candor workbench UI. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.candor.ui.internal.messages"; //$NON-NLS-1$

    public static String Contributions_BadOrder;
    public static String Contributions_LeftOut;
    public static String Contributions_WrongType;
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
    public static String Customers_NoProfiles;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
