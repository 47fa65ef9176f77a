package org.programmehealth.model;

/**
 * Seniority of the person at the centre who owns the programme, from most to least senior.
 * {@link #rank()} is 0 for a minister and grows as seniority falls, so a fall in seniority is a
 * rise in rank.
 */
public enum SeniorSponsor {
    MINISTER, PERMANENT_SECRETARY, DIRECTOR_GENERAL, DIRECTOR, DEPUTY_DIRECTOR, JUNIOR_OFFICIAL, NONE;

    /** 0 for the most senior; one more for each step down. */
    public int rank() {
        return ordinal();
    }
}
