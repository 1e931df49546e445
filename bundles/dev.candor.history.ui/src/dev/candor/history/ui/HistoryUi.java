package dev.candor.history.ui;

/**
 * Identifiers of the interaction history contributions, for extension bundles
 * and perspective layouts.
 *
 * @since 0.1
 */
public final class HistoryUi {

    /**
     * The Interaction History view. Its selection is the selected
     * {@link dev.candor.model.Interaction}; its toolbar and context menu take
     * contributions under this id.
     */
    public static final String VIEW_HISTORY = "dev.candor.history.ui.views.history"; //$NON-NLS-1$

    /** Logs an interaction with the selected customer. */
    public static final String COMMAND_LOG_INTERACTION = "dev.candor.history.ui.commands.logInteraction"; //$NON-NLS-1$

    /** Opens the search across customers and interactions. */
    public static final String COMMAND_SEARCH = "dev.candor.history.ui.commands.search"; //$NON-NLS-1$

    private HistoryUi() {
    }
}
