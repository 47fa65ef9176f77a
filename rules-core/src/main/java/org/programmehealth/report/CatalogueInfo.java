package org.programmehealth.report;

/**
 * Which catalogue produced a report: its semantic version, the number of rules it ships, and the
 * SHA-256 fingerprint of the rule sources. The same for every report of the same catalogue, however
 * it was tailored: see {@link Tailoring} for the rules actually in force.
 */
public record CatalogueInfo(String version, int rules, String fingerprint) {
}
