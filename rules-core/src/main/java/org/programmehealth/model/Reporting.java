package org.programmehealth.model;

/** The reporting burden on the programme. */
public record Reporting(
        Integer informationRequestsPerMonth,
        Integer requestingBodies,
        Double staffTimeOnReportingPercent,
        Double templatedReportingPercent,
        Boolean realTimeDataSharing) {
}
