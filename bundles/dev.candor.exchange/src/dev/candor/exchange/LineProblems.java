package dev.candor.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.candor.exchange.internal.Messages;
import dev.candor.nls.Plurals;

/**
 * What is wrong with a file, line by line, gathered while an importer reads it all and
 * thrown at once: the user corrects every line in one go. The first
 * {@link #MAX_LISTED} are listed, the rest counted.
 *
 * @since 0.1
 */
public final class LineProblems {

    /** More problems than this are counted, not listed. */
    public static final int MAX_LISTED = 50;
    private final List<String> listed = new ArrayList<>();
    private int count;

    /** A problem of line {@code line} (from 1), said without the line number. */
    public void add(int line, String problem) {
        if (++count <= MAX_LISTED) {
            listed.add(NLS.bind(Messages.Problems_Line, line, problem));
        }
    }

    public void addAll(int line, Collection<String> problems) {
        for (String problem : problems) {
            add(line, problem);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Throws what was gathered, if anything. */
    public void throwIfAny() throws DataFormatException {
        if (count == 0) {
            return;
        }
        List<String> all = new ArrayList<>(listed);
        if (count > MAX_LISTED) {
            all.add(Plurals.format(Messages.Problems_More, count - MAX_LISTED));
        }
        throw new DataFormatException(all);
    }
}
