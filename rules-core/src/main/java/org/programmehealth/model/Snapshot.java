package org.programmehealth.model;

import java.time.LocalDate;

/** An earlier snapshot of the same programme, for trend rules: any of the sections, no identity, no history. */
public record Snapshot(
        LocalDate assessedOn,
        Centre centre,
        Sponsorship sponsorship,
        Timescales timescales,
        Reporting reporting,
        Scope scope,
        Locality locality,
        Partnership partnership,
        Learning learning,
        RollOut rollOut) {
}
