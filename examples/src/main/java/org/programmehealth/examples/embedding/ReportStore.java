package org.programmehealth.examples.embedding;

import java.time.LocalDate;

/** Where the PMO keeps the reports (a table, a document store, a file share). */
public interface ReportStore {

    /**
     * One stored report.
     *
     * @param programmeCode the PMO's key
     * @param assessedOn    the date the report describes
     * @param overallScore  0..100, or {@code null} when nothing could be assessed
     * @param warningSigns  how many diagnostics the report has
     * @param json          the report in the library's JSON contract
     */
    record StoredReport(String programmeCode, LocalDate assessedOn, Integer overallScore, int warningSigns, String json) {
    }

    /** Saves a report; may fail, for example when the store is unreachable. */
    void save(StoredReport report);
}
