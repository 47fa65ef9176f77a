package org.programmehealth.model;

/** How the localities behave, and their conditions for change (likert answers are 1..5). */
public record Locality(
        Integer leadershipStrength,
        Integer dataQuality,
        Integer incentiveToImprove,
        Integer redesignCapability,
        Double proposalsAlreadyPlannedPercent,
        Integer radicalOptionsTested,
        Integer quickWinPressure,
        Boolean ragStatusReporting,
        Boolean fixedMilestonePlan,
        Integer guidanceRequestsLast3Months,
        Double seniorAttendancePercent,
        // additions to format version 1 (catalogue 1.1.0); older inputs leave them unanswered
        Integer centreToneRespectful,
        Integer centreMessagesConsistent) {
    /** The answers of format version 1 before catalogue 1.1.0's additions, which are left unanswered. */
    public Locality(Integer leadershipStrength, Integer dataQuality, Integer incentiveToImprove, Integer redesignCapability, Double proposalsAlreadyPlannedPercent, Integer radicalOptionsTested, Integer quickWinPressure, Boolean ragStatusReporting, Boolean fixedMilestonePlan, Integer guidanceRequestsLast3Months, Double seniorAttendancePercent) {
        this(leadershipStrength, dataQuality, incentiveToImprove, redesignCapability, proposalsAlreadyPlannedPercent, radicalOptionsTested, quickWinPressure, ragStatusReporting, fixedMilestonePlan, guidanceRequestsLast3Months, seniorAttendancePercent, null, null);
    }
}
