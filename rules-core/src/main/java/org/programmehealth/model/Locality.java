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
        Double seniorAttendancePercent) {
}
