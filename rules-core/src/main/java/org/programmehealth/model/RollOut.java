package org.programmehealth.model;

/** How the programme moves from pilots to roll-out. */
public record RollOut(
        PilotSelection pilotSelection,
        Integer centralSupportChangePercent,
        Integer localitiesInScope) {
}
