package dev.candor.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the Candor application shell. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.candor.app.internal.messages"; //$NON-NLS-1$

    public static String WindowTitle;
    public static String Database_InvalidLocationTitle;
    public static String Database_InvalidLocation;
    public static String Database_UnavailableTitle;
    public static String Database_Retry;
    public static String Database_Choose;
    public static String Database_Exit;
    public static String Database_ChooseFolderTitle;
    public static String Database_OpenJob;
    public static String Seed_Job;
    public static String Seed_Done;
    public static String Menu_File;
    public static String Menu_Window;
    public static String Menu_Edit;
    public static String Menu_Undo;
    public static String Menu_Redo;
    public static String Menu_Delete;
    public static String Menu_ShowView;
    public static String Menu_Help;
    public static String Preferences_Description;
    public static String Preferences_Location;
    public static String Preferences_LocationHint;
    public static String Preferences_Browse;
    public static String Preferences_Seed;
    public static String Preferences_Restart;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
