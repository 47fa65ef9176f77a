package org.programmehealth.model;

/** The local partnership: co-design, ownership, trust and consultation. */
public record Partnership(
        Integer coDesign,
        Integer localOwnership,
        Integer trustBetweenPartners,
        Double partnersConsultedPercent,
        PartnerCommitmentTrend partnerCommitmentTrend) {
}
