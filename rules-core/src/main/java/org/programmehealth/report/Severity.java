package org.programmehealth.report;

/**
 * How serious a warning sign is, and the points it costs its theme's score (see the scoring
 * method in the catalogue docs).
 */
public enum Severity {
    LOW(5), MEDIUM(10), HIGH(20), CRITICAL(35);

    private final int penalty;

    Severity(int penalty) {
        this.penalty = penalty;
    }

    /** Points a diagnostic of this severity takes off its theme's score of 100. */
    public int penalty() {
        return penalty;
    }
}
