package org.programmehealth.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A programme's self-assessment, version 1 of the format in {@code assessment-format.md}.
 * Immutable: the history list, the extensions map and the list of questions that do not apply are
 * unmodifiable copies (extensions sorted by name), never {@code null}.
 *
 * @param notApplicable the sections ({@code partnership}) and answers ({@code centre.targetRedefinitions})
 *                      the respondent says do not apply to this programme; an addition to format version 1
 */
public record Assessment(
        String schemaVersion,
        Programme programme,
        Centre centre,
        Sponsorship sponsorship,
        Timescales timescales,
        Reporting reporting,
        Scope scope,
        Locality locality,
        Partnership partnership,
        Learning learning,
        RollOut rollOut,
        List<Snapshot> history,
        Map<String, Object> extensions,
        List<String> notApplicable) {

    /** The only format version this library reads. */
    public static final String SCHEMA_VERSION = "1";

    public Assessment {
        history = history == null ? List.of() : List.copyOf(history);
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extensions));
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
    }

    /** An assessment in which every question applies (no {@code notApplicable} list). */
    public Assessment(String schemaVersion, Programme programme, Centre centre, Sponsorship sponsorship,
                      Timescales timescales, Reporting reporting, Scope scope, Locality locality,
                      Partnership partnership, Learning learning, RollOut rollOut, List<Snapshot> history,
                      Map<String, Object> extensions) {
        this(schemaVersion, programme, centre, sponsorship, timescales, reporting, scope, locality, partnership,
                learning, rollOut, history, extensions, null);
    }

    /**
     * True if the respondent said the question at {@code path} does not apply: the path itself
     * ({@code centre.targetRedefinitions}) or its section ({@code partnership}) is listed in
     * {@code notApplicable}. For an earlier snapshot's answer ({@code history[*].partnership.x}) the
     * same holds: a question that does not apply now is not read in the past either; and
 * {@code history} says there is no earlier snapshot at all (a first self-assessment), so no
 * trend can be read.
     */
    public boolean isNotApplicable(String path) {
        if (notApplicable.isEmpty()) {
            return false;
        }
        if (path.startsWith("history[*].") && notApplicable.contains("history")) {
            return true;
        }
        String p = path.startsWith("history[*].") ? path.substring("history[*].".length()) : path;
        for (String n : notApplicable) {
            if (p.equals(n) || p.startsWith(n) && p.length() > n.length() && p.charAt(n.length()) == '.') {
                return true;
            }
        }
        return false;
    }
}
