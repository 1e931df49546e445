package dev.candor.history.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * What tests read and drive in the history view and its dialogs, from a fragment that only
 * tests install: Candor itself carries no test accessors.
 */
public final class HistoryProbe {

    private HistoryProbe() {
    }

    // the Interaction History view

    public static Table getTable(InteractionHistoryView view) {
        return view.table;
    }

    public static Text getFilterText(InteractionHistoryView view) {
        return view.filterText;
    }

    /** The rows shown, in display order: day headings have no interaction. */
    public static List<InteractionHistoryView.Row> getRows(InteractionHistoryView view) {
        return view.rows;
    }

    // Log Interaction

    public static Text getSubject(LogInteractionDialog dialog) {
        return dialog.subject;
    }

    public static Text getNotes(LogInteractionDialog dialog) {
        return dialog.notes;
    }

    public static Text getParticipants(LogInteractionDialog dialog) {
        return dialog.participants;
    }

    public static Combo getChannel(LogInteractionDialog dialog) {
        return dialog.channel;
    }

    public static Spinner getMinutes(LogInteractionDialog dialog) {
        return dialog.minutes;
    }

    // Correct Interaction: the customer chooser, Delete Interaction

    public static Text getQuery(CustomerChoiceDialog dialog) {
        return dialog.query;
    }

    public static Table getMatches(CustomerChoiceDialog dialog) {
        return dialog.matches;
    }

    public static Text getReason(DeleteInteractionDialog dialog) {
        return dialog.reason;
    }

    // Search

    public static Text getQuery(SearchDialog dialog) {
        return dialog.query;
    }

    public static String getSummary(SearchDialog dialog) {
        return dialog.summary.getText();
    }

    /** The rows shown: CustomerSummary or InteractionHit. */
    public static List<Object> getShown(SearchDialog dialog) {
        return dialog.shown;
    }
}
