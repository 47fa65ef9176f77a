package org.programmehealth.model;

/** The reporting burden on the programme. */
public record Reporting(
        Integer informationRequestsPerMonth,
        Integer requestingBodies,
        Double staffTimeOnReportingPercent,
        Double templatedReportingPercent,
        Boolean realTimeDataSharing,
        // additions to format version 1 (catalogue 1.1.0); older inputs leave them unanswered
        Double verifiedAchievementsPercent) {
    /** The answers of format version 1 before catalogue 1.1.0's additions, which are left unanswered. */
    public Reporting(Integer informationRequestsPerMonth, Integer requestingBodies, Double staffTimeOnReportingPercent, Double templatedReportingPercent, Boolean realTimeDataSharing) {
        this(informationRequestsPerMonth, requestingBodies, staffTimeOnReportingPercent, templatedReportingPercent, realTimeDataSharing, null);
    }
}
