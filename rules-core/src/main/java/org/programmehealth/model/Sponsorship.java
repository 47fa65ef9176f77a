package org.programmehealth.model;

/** Who owns the programme at the centre and how engaged they are. */
public record Sponsorship(
        SeniorSponsor seniorSponsor,
        Integer sponsorChangesLast12Months,
        Integer seniorEngagementsLast3Months,
        PoliticalBacking politicalBacking) {
}
