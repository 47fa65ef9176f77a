package org.programmehealth.catalogue;

import java.util.List;

/** The keys of the brief ({@code warning-signs.md}), in its order: one list for every test that needs them. */
final class Brief {

    /** The brief's warning signs and COLLIDING_MINDSETS (perspectives.md), by theme: DRIVERS, PROCESS, BEHAVIOURS, MINDSETS, LEADERSHIP. */
    static final List<String> WARNING_SIGNS = List.of(
            "INCONSISTENT_NATIONAL_DRIVERS", "SHORT_LIVED_INITIATIVE", "INITIATIVE_OVERLOAD", "MISSING_CONDITIONS_FOR_CHANGE",
            "CENTRAL_OVER_PRESCRIPTION", "SILOED_CENTRE", "RING_FENCED_RESOURCES",
            "LACK_OF_LOCAL_OWNERSHIP", "TARGET_REDEFINITION", "LOSS_OF_SENIOR_SPONSORSHIP", "PROCESS_HARDENING",
            "UNREALISTIC_TIMESCALES", "REPORTING_OVERLOAD", "PARTNERSHIP_STRAIN", "PILOT_NOT_REPLICABLE", "ISSUE_CREEP",
            "PASSIVE_COMPLIANCE", "GUIDANCE_DEPENDENCY", "INCREMENTALISM", "BILATERAL_ONLY_RELATIONSHIPS",
            "PROGRAMME_MINDSET_ON_COMPLEX_PROBLEM", "NO_POLITICAL_BACKING", "SAVINGS_CROWD_OUT_OUTCOMES", "RUSHED_START",
            "UNDER_INVESTMENT_IN_LEARNING", "NO_WHOLE_SYSTEM_VIEW",
            "UNHELD_TENSIONS", "NO_PERMISSION_TO_INNOVATE", "NO_REAL_TIME_DATA",
            // from perspectives.md: several respondents' answers compared
            "COLLIDING_MINDSETS");

    /** The brief's strengths (protective factors) and SHARED_UNDERSTANDING (perspectives.md, p16). */
    static final List<String> STRENGTHS = List.of(
            "SUSTAINED_SENIOR_ENGAGEMENT", "TIGHT_LOOSE_TIGHT", "CO_DESIGNED", "RELATIONSHIPS_FIRST", "LEARNING_SYSTEM",
            "NETWORKED_LOCALITIES", "POLITICAL_BACKING",
            // from perspectives.md and the report's conclusions (p16)
            "SHARED_UNDERSTANDING");

    /**
     * Warning signs the catalogue adds beyond the brief, each a lesson of the report the brief
     * missed (issue 11): the two rhythms and the roll-out of quick wins (p14), hype (p15), mixed or
     * patronising messages from the centre (p8-9).
     */
    static final List<String> ADDED_WARNING_SIGNS = List.of(
            "TWO_RHYTHMS", "QUICK_WINS_ROLLED_OUT_EARLY", "HYPED_BEYOND_DELIVERY", "MIXED_MESSAGES_FROM_CENTRE");

    /** Every key of the brief, signs then strengths; a key is one or the other, never both. */
    static final List<String> KEYS = java.util.stream.Stream.concat(WARNING_SIGNS.stream(), STRENGTHS.stream()).toList();

    /** Every sign and strength the catalogue holds: the brief's keys and the catalogue's additions. */
    static final List<String> CATALOGUE_KEYS = java.util.stream.Stream.concat(KEYS.stream(), ADDED_WARNING_SIGNS.stream()).toList();

    private Brief() {
    }
}
