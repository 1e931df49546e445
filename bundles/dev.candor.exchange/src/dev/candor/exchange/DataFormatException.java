package dev.candor.exchange;

import java.util.List;

/**
 * A file that cannot be imported, with every problem found (each naming its line).
 *
 * @since 0.1
 */
public final class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public DataFormatException(List<String> problems) {
        super(String.join("\n", problems)); //$NON-NLS-1$
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem named"); //$NON-NLS-1$
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}
