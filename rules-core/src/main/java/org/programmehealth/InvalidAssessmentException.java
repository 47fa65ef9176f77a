package org.programmehealth;

import java.util.List;
import java.util.stream.Collectors;

import org.programmehealth.render.Printable;

/**
 * An assessment that is not valid JSON, or not a valid assessment: every problem found, each
 * with its JSON path (and line and column where known), in the order they appear in the source.
 */
public final class InvalidAssessmentException extends ProgrammeHealthException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    public InvalidAssessmentException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The name of the input (usually a file name) given when it was read. */
    public String source() {
        return source;
    }

    /** Every problem found, never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        String name = Printable.of(source);
        String head = name + ": not a valid assessment ("
                + problems.size() + (problems.size() == 1 ? " problem)" : " problems)");
        return problems.stream().map(p -> "  " + name + ": " + p)
                .collect(Collectors.joining("\n", head + "\n", ""));
    }
}
