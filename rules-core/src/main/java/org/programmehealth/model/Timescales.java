package org.programmehealth.model;

/** Time: when results are expected, how old the partnership is, how long decisions may take. */
public record Timescales(
        Integer monthsUntilResultsExpected,
        Integer plannedDurationMonths,
        Integer partnershipAgeMonths,
        Boolean reviewOrClosureDiscussed,
        Integer relationshipBuildingMonths,
        Integer decisionTurnaroundDays,
        Integer partnerConsultationDays,
        // additions to format version 1 (catalogue 1.1.0); older inputs leave them unanswered
        Boolean abolitionDiscussed,
        Integer monthsUntilElectionOrSpendingReview) {
    /** The answers of format version 1 before catalogue 1.1.0's additions, which are left unanswered. */
    public Timescales(Integer monthsUntilResultsExpected, Integer plannedDurationMonths, Integer partnershipAgeMonths, Boolean reviewOrClosureDiscussed, Integer relationshipBuildingMonths, Integer decisionTurnaroundDays, Integer partnerConsultationDays) {
        this(monthsUntilResultsExpected, plannedDurationMonths, partnershipAgeMonths, reviewOrClosureDiscussed, relationshipBuildingMonths, decisionTurnaroundDays, partnerConsultationDays, null, null);
    }
}
