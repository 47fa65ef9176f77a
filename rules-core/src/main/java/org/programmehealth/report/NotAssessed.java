package org.programmehealth.report;

import java.util.List;

/**
 * A rule that could not be assessed because answers it needs are missing: never counted as passing.
 *
 * @param penalty the points this unanswered warning rule costs its theme, counted as if it had fired
 *                (0 for a strength, a waived rule, or when its sign already costs as much); an
 *                addition to the report contract
 */
public record NotAssessed(String ruleId, String sign, List<String> missing, int penalty) {
    public NotAssessed {
        missing = List.copyOf(missing);
    }

    /** A rule not assessed, before it is charged. */
    public NotAssessed(String ruleId, String sign, List<String> missing) {
        this(ruleId, sign, missing, 0);
    }

    /** This entry with another penalty. */
    public NotAssessed withPenalty(int points) {
        return new NotAssessed(ruleId, sign, missing, points);
    }
}
