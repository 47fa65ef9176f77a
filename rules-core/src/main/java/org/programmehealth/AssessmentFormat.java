package org.programmehealth;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.programmehealth.input.AssessmentReader;
import org.programmehealth.model.Assessment;

/**
 * Reads and validates self-assessments (format version 1) without building the rule base: cheap
 * to create, immutable and thread-safe. {@link ProgrammeHealth} uses one of these too.
 */
public final class AssessmentFormat {

    private final InputLimits limits;
    private volatile AssessmentReader reader;

    private AssessmentFormat(InputLimits limits) {
        this.limits = limits;
    }

    /** The reader, with its schema, made on first use: an engine that is only handed assessments never loads it. */
    private AssessmentReader reader() {
        AssessmentReader r = reader;
        if (r == null) {
            synchronized (this) {
                r = reader;
                if (r == null) {
                    r = new AssessmentReader(limits);
                    reader = r;
                }
            }
        }
        return r;
    }

    /** A reader with the default {@link InputLimits}. */
    public static AssessmentFormat defaults() {
        return new AssessmentFormat(InputLimits.defaults());
    }

    public static AssessmentFormat withLimits(InputLimits limits) {
        return new AssessmentFormat(Objects.requireNonNull(limits, "limits"));
    }

    public InputLimits limits() {
        return limits;
    }

    /**
     * Reads and validates an assessment file (UTF-8 JSON; a byte-order mark is allowed).
     *
     * @throws InvalidAssessmentException naming the file and every problem, with JSON path and position
     */
    public Assessment read(Path file) {
        return reader().read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads and validates an assessment from JSON text.
     *
     * @param source the name to use in messages, e.g. a file name or "batch.jsonl line 7"
     * @throws InvalidAssessmentException naming the source and every problem
     */
    public Assessment parse(String json, String source) {
        return reader().read(Objects.requireNonNull(source, "source"), json);
    }

    /**
     * Reads and validates an assessment from the bytes of a JSON document, which must be UTF-8 (a
     * byte-order mark is allowed): a byte that is not UTF-8 is a problem with its line and column,
     * never read as some other character.
     *
     * @param source the name to use in messages
     * @throws InvalidAssessmentException naming the source and every problem
     */
    public Assessment parse(byte[] json, String source) {
        return reader().read(Objects.requireNonNull(source, "source"), Objects.requireNonNull(json, "json"));
    }

    /** Every problem in the bytes of a UTF-8 document, in source order; empty when it is a valid assessment. */
    public List<Problem> validate(byte[] json, String source) {
        try {
            parse(json, source);
            return List.of();
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
    }

    /** Every problem in the text, in source order; empty when it is a valid assessment. */
    public List<Problem> validate(String json, String source) {
        return reader().validate(Objects.requireNonNull(source, "source"), json);
    }

    /** Every problem in a file (an unreadable file is one problem); empty when it is valid. */
    public List<Problem> validate(Path file) {
        try {
            reader().read(file);
            return List.of();
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
    }
}
