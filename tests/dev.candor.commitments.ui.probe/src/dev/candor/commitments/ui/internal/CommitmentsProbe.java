package dev.candor.commitments.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.candor.store.KeptRate;
import dev.candor.model.CommitmentStatus;
import dev.candor.store.CommitmentSummary;

/**
 * What tests read and drive in the commitments' views and dialogs, from a fragment that only
 * tests install: Candor itself carries no test accessors.
 */
public final class CommitmentsProbe {

    private CommitmentsProbe() {
    }

    // the Commitments view

    public static org.eclipse.nebula.widgets.nattable.NatTable getTable(CommitmentsView view) {
        return view.table;
    }

    public static Text getFilterText(CommitmentsView view) {
        return view.filter;
    }

    public static String getSummary(CommitmentsView view) {
        return view.summary.getText();
    }

    /** Selects the commitment with this id if shown, as a click on its row does. */
    public static boolean select(CommitmentsView view, long id) {
        for (Object row : view.getList().rows()) {
            if (row instanceof CommitmentSummary c && c.id() == id) {
                view.selectionProvider.setSelection(new StructuredSelection(c));
                return true;
            }
        }
        return false;
    }

    // dialogs and pages

    public static long getCustomerId(CommitmentDialog dialog) {
        return dialog.customerId;
    }

    public static Text getDescription(CommitmentDialog dialog) {
        return dialog.description;
    }

    public static List<Button> getChoices(SuggestionsDialog dialog) {
        return dialog.accepted;
    }

    /** The rows in display order. */
    public static List<KeptRate> getRates(RatesDialog dialog) {
        return dialog.rates;
    }

    public static Text getText(ResponseTimesPage page) {
        return page.text;
    }

    /** Ticks the status as a click on its radio button does. */
    public static void choose(StatusDialog dialog, CommitmentStatus status) {
        for (Button b : dialog.choices) {
            b.setSelection(b.getData() == status);
        }
        dialog.validate();
    }

    public static java.time.Instant getNewDue(StatusDialog dialog) {
        return dialog.newDue();
    }

    public static Text getNote(StatusDialog dialog) {
        return dialog.note;
    }

    /** The reminder popup shown last (perhaps closed since). */
    public static Shell currentPopup() {
        return ReminderPopup.current;
    }

    // My Day

    public static org.eclipse.swt.widgets.Tree getTree(MyDayView view) {
        return view.tree;
    }

    /** The day shown; null before the first read. */
    public static dev.candor.commitments.MyDay getDay(MyDayView view) {
        return view.day;
    }

    public static String getSummary(MyDayView view) {
        return view.summary.getText();
    }

    public static org.eclipse.swt.widgets.Combo getPerson(MyDayView view) {
        return view.person;
    }
}
