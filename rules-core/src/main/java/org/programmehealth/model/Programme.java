package org.programmehealth.model;

import java.time.LocalDate;

/** Identity and context of the programme; {@code id}, {@code name} and {@code assessedOn} are required. */
public record Programme(
        String id,
        String name,
        LocalDate assessedOn,
        LocalDate startedOn,
        Stage stage,
        ProblemComplexity problemComplexity,
        PrimaryAim primaryAim,
        Integer localities,
        Integer partnerOrganisations) {
}
