package org.programmehealth.rules;

import org.programmehealth.model.Perspective;

/**
 * One respondent's answer to one rating (1..5) or yes/no question, as a fact for the rules that
 * compare perspectives ({@code COLLIDING_MINDSETS}, {@code SHARED_UNDERSTANDING}). Only a combined
 * assessment of several responses inserts it, one per answered question per response. Immutable.
 *
 * @param respondent  the response's place among the responses, in the report's order of respondents
 * @param perspective where the respondent sits
 * @param question    the question's dotted path, e.g. {@code partnership.localOwnership}
 * @param value       the answer: an {@code Integer} rating or a {@code Boolean}
 */
public record Answer(int respondent, Perspective perspective, String question, Object value) {

    /** True if the sponsoring centre gave this answer. */
    public boolean isCentre() {
        return perspective == Perspective.CENTRE;
    }

    /** True if the lead local body or another local partner gave this answer. */
    public boolean isLocal() {
        return perspective == Perspective.LOCALITY || perspective == Perspective.PARTNER;
    }

    /**
     * True if the two answers to one question are far apart: ratings {@code gap} or more points
     * apart on the 1..5 scale, or opposite yes/no answers.
     */
    public boolean apartFrom(Answer other, double gap) {
        if (value instanceof Number a && other.value instanceof Number b) {
            return Math.abs(a.doubleValue() - b.doubleValue()) >= gap;
        }
        if (value instanceof Boolean a && other.value instanceof Boolean b) {
            return !a.equals(b);
        }
        return false;
    }
}
