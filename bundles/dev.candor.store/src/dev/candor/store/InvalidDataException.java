package dev.candor.store;

import java.util.List;

/**
 * A record was refused before anything was written: one message per problem,
 * each naming the field.
 *
 * @since 0.1
 */
public class InvalidDataException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidDataException(List<String> problems) {
        super(Code.INVALID, String.join("\n", problems), null, problems.toArray());
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}
