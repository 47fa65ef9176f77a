package org.programmehealth.model;

/** Time: when results are expected, how old the partnership is, how long decisions may take. */
public record Timescales(
        Integer monthsUntilResultsExpected,
        Integer plannedDurationMonths,
        Integer partnershipAgeMonths,
        Boolean reviewOrClosureDiscussed,
        Integer relationshipBuildingMonths,
        Integer decisionTurnaroundDays,
        Integer partnerConsultationDays) {
}
