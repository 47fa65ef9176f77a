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
        Integer partnerOrganisations,
        // additions to format version 1 (catalogue 1.1.0); older inputs leave them unanswered
        Boolean aimsConflict) {
    /** The answers of format version 1 before catalogue 1.1.0's additions, which are left unanswered. */
    public Programme(String id, String name, LocalDate assessedOn, LocalDate startedOn, Stage stage, ProblemComplexity problemComplexity, PrimaryAim primaryAim, Integer localities, Integer partnerOrganisations) {
        this(id, name, assessedOn, startedOn, stage, problemComplexity, primaryAim, localities, partnerOrganisations, null);
    }
}
