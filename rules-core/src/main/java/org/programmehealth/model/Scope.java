package org.programmehealth.model;

/** What the programme carries: its priorities and targets. */
public record Scope(
        Integer prioritiesAtStart,
        Integer prioritiesNow,
        Integer targetsAddedByCentre,
        Double preExistingWorkPercent) {
}
