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

    /** The quality lead's perspective: reviews and their trends. @since 0.1 */
    public static final String PERSPECTIVE_QUALITY_LEAD = "dev.candor.ui.perspectives.qualityLead"; //$NON-NLS-1$

    /** The administrator's perspective: Error Log, jobs, settings. @since 0.1 */
    public static final String PERSPECTIVE_ADMINISTRATOR = "dev.candor.ui.perspectives.administrator"; //$NON-NLS-1$

    /** The Customers view; also the id of its context menu and toolbar for contributions. */
    public static final String VIEW_CUSTOMERS = "dev.candor.ui.views.customers"; //$NON-NLS-1$

    /**
     * Opens customers: those of the current selection ({@link dev.candor.store.CustomerSummary}
     * or {@link dev.candor.model.Customer}), or the one whose id is given as
     * {@link #PARAMETER_CUSTOMER_ID}. Defined by the shell, handled by the
     * profile bundle, so that views open customers without knowing the editor.
     */
    public static final String COMMAND_OPEN_CUSTOMER = "dev.candor.ui.commands.openCustomer"; //$NON-NLS-1$

    /** The optional parameter of {@link #COMMAND_OPEN_CUSTOMER}: a customer id in decimal. */
    public static final String PARAMETER_CUSTOMER_ID = "dev.candor.ui.commands.openCustomer.id"; //$NON-NLS-1$

    /** Group of a Candor context menu for opening things, at its top. */
    public static final String GROUP_OPEN = "open"; //$NON-NLS-1$

    /** Group of a Candor context menu for creating and changing records. */
    public static final String GROUP_EDIT = "edit"; //$NON-NLS-1$

    /**
     * The folder below the editors in every Candor perspective (history, commitments, the
     * Error Log): a {@code perspectiveExtension} may stack a view into it with
     * {@code relative="dev.candor.ui.bottom" relationship="stack"}.
     */
    public static final String FOLDER_BOTTOM = "dev.candor.ui.bottom"; //$NON-NLS-1$

    /** The folder left of the editors in every Candor perspective (the customers). */
    public static final String FOLDER_LEFT = "dev.candor.ui.left"; //$NON-NLS-1$

    /** The Error Log view of the platform. */
    public static final String VIEW_ERROR_LOG = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$

    /**
     * The activity category of Candor's capabilities: an activity bound to it (with the
     * views it covers as pattern bindings) can be hidden from a role by the team's administrator.
     */
    public static final String CAPABILITIES_CATEGORY = "dev.candor.ui.capabilities"; //$NON-NLS-1$

    /**
     * Event topic posted when an interaction was logged by the user, with the interaction's id
     * (a {@link Long}) as data, so that other bundles can act on it (suggest the promises in it).
     */
    public static final String TOPIC_INTERACTION_LOGGED = "dev/candor/ui/interactionLogged"; //$NON-NLS-1$


    private CandorUi() {
    }

    /**
     * Candor's clock, the OSGi service {@link java.time.Clock} (see {@code dev.candor.clock}), as
     * the workbench's services provide it: what every view and dialog asks for the time. Its zone
     * is the user's, the zone times are shown in; business hours and due dates follow their
     * team's calendar instead.
     *
     * @throws IllegalStateException if no clock service is registered
     * @since 0.1
     */
    public static java.time.Clock clock() {
        java.time.Clock clock = org.eclipse.ui.PlatformUI.getWorkbench().getService(java.time.Clock.class);
        if (clock == null) {
            throw new IllegalStateException("no java.time.Clock service: is dev.candor.clock installed?"); //$NON-NLS-1$
        }
        return clock;
    }

    /**
     * The zone dates are shown in: the clock's, so that a test's fixed clock fixes it too.
     *
     * @since 0.1
     */
    public static java.time.ZoneId zone() {
        return clock().getZone();
    }

    /**
     * Who is working, as the services record it (the {@link dev.candor.services.Identity}
     * service): for what the UI shows and suggests, such as the owner a new record proposes. The
     * services never take a name from the UI for who did something.
     */
    public static String currentUser() {
        return Services.get(dev.candor.services.Identity.class).map(dev.candor.services.Identity::user)
                .orElse(System.getProperty("user.name", "unknown")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The shell a command's dialogs belong to: the active shell of {@code event}, or its
     * window's when the context still names a dialog closed a moment ago (a dialog parented
     * there, or a job's answer bound to it, would fail or be dropped).
     *
     * @throws org.eclipse.core.commands.ExecutionException if the event has no window either
     * @since 0.1
     */
    public static org.eclipse.swt.widgets.Shell shell(org.eclipse.core.commands.ExecutionEvent event)
            throws org.eclipse.core.commands.ExecutionException {
        org.eclipse.swt.widgets.Shell active = org.eclipse.ui.handlers.HandlerUtil.getActiveShell(event);
        return active != null && !active.isDisposed() ? active
                : org.eclipse.ui.handlers.HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
    }
}
