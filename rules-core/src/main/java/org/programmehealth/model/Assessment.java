package org.programmehealth.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A programme's self-assessment, version 1 of the format in {@code assessment-format.md}.
 * Immutable: the history list and the extensions map are unmodifiable copies (extensions sorted by name), never {@code null}.
 * {@code respondent} (who answered, an addition to the format) is {@code null} for one unnamed view; several
 * responses about one programme are assessed together with {@code ProgrammeHealth.assess(List)}.
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
        Respondent respondent) {

    /** The only format version this library reads. */
    public static final String SCHEMA_VERSION = "1";

    public Assessment {
        history = history == null ? List.of() : List.copyOf(history);
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extensions));
    }

    /** One unnamed view (no {@code respondent}), as every document was before respondents were added. */
    public Assessment(String schemaVersion, Programme programme, Centre centre, Sponsorship sponsorship,
                      Timescales timescales, Reporting reporting, Scope scope, Locality locality,
                      Partnership partnership, Learning learning, RollOut rollOut, List<Snapshot> history,
                      Map<String, Object> extensions) {
        this(schemaVersion, programme, centre, sponsorship, timescales, reporting, scope, locality, partnership,
                learning, rollOut, history, extensions, null);
    }
}
