package org.programmehealth.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scores from 0 to 100, where 100 means no warning sign found and none left unanswered. A question
 * left unanswered is never good news: each warning rule that could not be assessed counts as if it
 * had fired (see the scoring method in the catalogue docs), so that leaving an answer out can never
 * raise a score. A theme is {@code null} only when none of its warning rules applies (all switched
 * off, or all about questions the respondent said do not apply); {@code overall} is the rounded
 * mean of the themes that are not {@code null}, held at or below 50 by an unwaived CRITICAL
 * warning and at or below 75 by an unwaived HIGH one, or {@code null} if every theme is.
 *
 * @param range how far the unanswered questions could still move {@code overall}: an addition to the
 *              report contract; {@code null} only in a score not made by the engine
 */
public record Score(Integer overall, Map<Theme, Integer> themes, Range range) {

    /**
     * The overall score at the two ends of what the unanswered questions could mean.
     *
     * @param ifUnansweredFine the overall score if every rule that could not be assessed had found nothing
     * @param ifUnansweredFire the overall score if every one of them had fired: the headline {@code overall}
     */
    public record Range(Integer ifUnansweredFine, Integer ifUnansweredFire) {
    }

    public Score {
        EnumMap<Theme, Integer> copy = new EnumMap<>(Theme.class);
        for (Theme t : Theme.values()) {
            copy.put(t, themes.get(t));
        }
        themes = Collections.unmodifiableMap(copy);
    }

    /** A score without a range (as a report made before ranges, or by hand). */
    public Score(Integer overall, Map<Theme, Integer> themes) {
        this(overall, themes, null);
    }
}
