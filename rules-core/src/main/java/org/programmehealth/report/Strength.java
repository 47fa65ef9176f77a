package org.programmehealth.report;

import java.util.List;

/**
 * A protective factor the report credits with success, found in the assessment.
 *
 * @param seenBy in a report of several responses, the respondents whose own answers show it, in the
 *               order of the report's respondents; {@code null} in a report of one unnamed response.
 *               An addition to the report contract.
 */
public record Strength(String ruleId, String sign, Theme theme, String title, String message,
                       List<Evidence> evidence, Source source, List<SeenBy> seenBy) {
    public Strength {
        evidence = List.copyOf(evidence);
        seenBy = seenBy == null ? null : List.copyOf(seenBy);
    }

    /** A strength of one unnamed response ({@code seenBy} is {@code null}). */
    public Strength(String ruleId, String sign, Theme theme, String title, String message, List<Evidence> evidence,
                    Source source) {
        this(ruleId, sign, theme, title, message, evidence, source, null);
    }
}
