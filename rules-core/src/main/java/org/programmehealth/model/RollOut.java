package org.programmehealth.model;

/** How the programme moves from pilots to roll-out. */
public record RollOut(
        PilotSelection pilotSelection,
        Integer centralSupportChangePercent,
        Integer localitiesInScope,
        // additions to format version 1 (catalogue 1.1.0); older inputs leave them unanswered
        Integer pilotLocalities,
        Boolean quickWinsRolledOutBeforeEvidence) {
    /** The answers of format version 1 before catalogue 1.1.0's additions, which are left unanswered. */
    public RollOut(PilotSelection pilotSelection, Integer centralSupportChangePercent, Integer localitiesInScope) {
        this(pilotSelection, centralSupportChangePercent, localitiesInScope, null, null);
    }
}
