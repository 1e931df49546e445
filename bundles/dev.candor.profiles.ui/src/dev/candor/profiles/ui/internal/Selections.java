package dev.candor.profiles.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.candor.store.RecordCounts;
import dev.candor.nls.Plurals;

/** Who acts on customers, and texts about them. */
final class Selections {

    private Selections() {
    }

    /** "12 interactions, 3 commitments (1 open), 4 ethics reviews, 2 customer feedback", translated. */
    static String describe(RecordCounts counts) {
        if (counts.isEmpty()) {
            return Messages.Counts_Nothing;
        }
        List<String> parts = new ArrayList<>();
        if (counts.interactions() > 0) {
            parts.add(Plurals.format(Messages.Counts_Interactions, counts.interactions()));
        }
        if (counts.commitments() > 0) {
            parts.add(Plurals.format(Messages.Counts_Commitments, counts.commitments(), counts.openCommitments()));
        }
        if (counts.reviews() > 0) {
            parts.add(Plurals.format(Messages.Counts_Reviews, counts.reviews()));
        }
        counts.contributed().forEach((what, count) -> parts.add(NLS.bind(Messages.Counts_Contributed, count, what)));
        return String.join(", ", parts); //$NON-NLS-1$
    }
}
