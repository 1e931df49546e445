package dev.candor.profiles.ui;

/**
 * Identifiers of the customer profile contributions, for extension bundles.
 *
 * @since 0.1
 */
public final class ProfilesUi {

    /** The Customer Profile editor. */
    public static final String EDITOR_PROFILE = "dev.candor.profiles.ui.profileEditor"; //$NON-NLS-1$

    /**
     * Contributions to the toolbar of the profile form use this location:
     * {@code toolbar:dev.candor.profiles.ui.profileEditor}. The active editor's
     * selection is its customer.
     */
    public static final String TOOLBAR_PROFILE = "toolbar:" + EDITOR_PROFILE; //$NON-NLS-1$

    /** Creates a customer, asking about look-alikes first. */
    public static final String COMMAND_NEW_CUSTOMER = "dev.candor.profiles.ui.commands.newCustomer"; //$NON-NLS-1$

    /** Looks for duplicate customers in the whole database. */
    public static final String COMMAND_FIND_DUPLICATES = "dev.candor.profiles.ui.commands.findDuplicates"; //$NON-NLS-1$

    /** Merges the two selected customers. */
    public static final String COMMAND_MERGE = "dev.candor.profiles.ui.commands.merge"; //$NON-NLS-1$

    /** Deletes the selected customers after saying what is attached. */
    public static final String COMMAND_DELETE = "dev.candor.profiles.ui.commands.delete"; //$NON-NLS-1$

    private ProfilesUi() {
    }
}
