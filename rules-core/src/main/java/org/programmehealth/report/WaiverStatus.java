package org.programmehealth.report;

import java.util.List;

/**
 * What became of one configured waiver in one assessment.
 *
 * @param waived the rule ids of the diagnostics it waived (empty unless {@code APPLIED})
 */
public record WaiverStatus(Waiver waiver, Status status, List<String> waived) {

    /** Applied to at least one diagnostic; expired (the assessment is dated after its expiry); or matched nothing. */
    public enum Status { APPLIED, EXPIRED, UNUSED }

    public WaiverStatus {
        waived = List.copyOf(waived);
    }
}
