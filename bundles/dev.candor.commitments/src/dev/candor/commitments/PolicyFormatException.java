package dev.candor.commitments;

import java.util.List;

/**
 * A response-time policy whose text has mistakes; {@link #getProblems()} names each line.
 *
 * @since 0.1
 */
public class PolicyFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public PolicyFormatException(String team, List<String> problems) {
        super("The response-time policy of team \u201c" + team + "\u201d has mistakes:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}
