package org.programmehealth.model;

/** How the sponsoring centre behaves. Every answer is optional: {@code null} means not answered. */
public record Centre(
        Integer directionChangesLast12Months,
        Integer expectedLifespanMonths,
        Integer overlappingInitiatives,
        Boolean prescribesProcess,
        Boolean outcomesAgreed,
        Integer targetRedefinitions,
        Integer departmentsInvolved,
        Integer departmentsSeeingBenefit,
        Double ringFencedFundingPercent,
        Integer guidanceDocumentsIssued,
        RelationshipMode relationshipMode,
        // additions to format version 1 (catalogue 1.1.0); older inputs leave them unanswered
        Boolean outcomesEvaluated,
        Boolean promotedAsFlagship,
        Boolean otherDepartmentsRecognisePriority) {
    /** The answers of format version 1 before catalogue 1.1.0's additions, which are left unanswered. */
    public Centre(Integer directionChangesLast12Months, Integer expectedLifespanMonths, Integer overlappingInitiatives, Boolean prescribesProcess, Boolean outcomesAgreed, Integer targetRedefinitions, Integer departmentsInvolved, Integer departmentsSeeingBenefit, Double ringFencedFundingPercent, Integer guidanceDocumentsIssued, RelationshipMode relationshipMode) {
        this(directionChangesLast12Months, expectedLifespanMonths, overlappingInitiatives, prescribesProcess, outcomesAgreed, targetRedefinitions, departmentsInvolved, departmentsSeeingBenefit, ringFencedFundingPercent, guidanceDocumentsIssued, relationshipMode, null, null, null);
    }
}
