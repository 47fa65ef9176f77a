package org.programmehealth.report;

import java.time.LocalDate;

/** The programme a report is about. */
public record ProgrammeRef(String id, String name, LocalDate assessedOn) {
}
