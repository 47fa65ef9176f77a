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
        RelationshipMode relationshipMode) {
}
