package org.programmehealth.rules;

import org.programmehealth.model.Perspective;

/**
 * Whether one respondent's own answers show a warning sign, as a fact for the rules that compare
 * perspectives. Inserted only for the signs the response could assess (at least one of the sign's
 * rules had every answer it needs), so that "not seen" means "the answers say no", never "not
 * answered". Only a combined assessment of several responses inserts it. Immutable.
 *
 * @param respondent the response's place among the responses, in the report's order of respondents
 * @param sign       the warning sign's key, e.g. {@code REPORTING_OVERLOAD}
 * @param seen       true if at least one of the sign's rules fired on this response's answers
 */
public record SignSeen(int respondent, Perspective perspective, String sign, boolean seen) {

    public boolean isCentre() {
        return perspective == Perspective.CENTRE;
    }

    public boolean isLocal() {
        return perspective == Perspective.LOCALITY || perspective == Perspective.PARTNER;
    }
}
