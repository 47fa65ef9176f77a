package org.programmehealth.report;

/**
 * Which catalogue produced a report: its semantic version, the number of rules in force, and the
 * SHA-256 fingerprint of the rule sources.
 */
public record CatalogueInfo(String version, int rules, String fingerprint) {
}
