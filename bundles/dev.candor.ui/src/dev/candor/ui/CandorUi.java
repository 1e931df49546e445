package dev.candor.ui;

/**
 * Identifiers of the Candor workbench contributions, for extension bundles and
 * perspective layouts.
 *
 * @since 0.1
 */
public final class CandorUi {

    /** The Account Manager perspective. */
    public static final String PERSPECTIVE_ACCOUNT_MANAGER = "dev.candor.ui.perspectives.accountManager"; //$NON-NLS-1$

    /** The Customers view. */
    public static final String VIEW_CUSTOMERS = "dev.candor.ui.views.customers"; //$NON-NLS-1$

    /** The customer editor; its input adapts to {@link dev.candor.store.CustomerSummary} ids. */
    public static final String EDITOR_CUSTOMER = "dev.candor.ui.editors.customer"; //$NON-NLS-1$

    /** The Error Log view of the platform. */
    public static final String VIEW_ERROR_LOG = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$

    /**
     * Event topic posted (through the workbench's IEventBroker) after records
     * were added, changed or removed outside the views, for example by an
     * import or the demo data set; views reload what they show.
     */
    public static final String TOPIC_DATA_CHANGED = "dev/candor/data/changed"; //$NON-NLS-1$

    private CandorUi() {
    }
}
