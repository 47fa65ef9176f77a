package org.programmehealth.report;

import java.util.List;

import org.programmehealth.model.Perspective;

/**
 * A rating (1..5) or yes/no question that the respondents of one programme answered differently,
 * with each respondent's answer, in the report's order of respondents. An addition to the report
 * contract.
 *
 * @param question the question's dotted path in the format, e.g. {@code partnership.localOwnership}
 * @param text     the question in words, from the format, with its scale: "'Local leaders feel the programme is theirs' (1 to 5)"
 * @param spread   for a rating, the highest answer less the lowest; for a yes/no question, {@code null}
 * @param apart    true if the centre and a local respondent answered it far apart (a rating gap at or
 *                 above {@code collidingMindsets.ratingGap}, or opposite yes/no answers)
 * @param answers  every respondent's answer to it, in the order of the report's {@code respondents}
 */
public record Difference(String question, String text, Integer spread, boolean apart, List<Answer> answers) {
    public Difference {
        answers = List.copyOf(answers);
    }

    /** One respondent's answer ({@code null}: not answered). */
    public record Answer(Perspective perspective, String role, Object value) {
    }
}
