package org.programmehealth.examples.embedding;

import java.util.Locale;

import org.programmehealth.model.Assessment;
import org.programmehealth.model.Programme;
import org.programmehealth.model.Reporting;
import org.programmehealth.model.Scope;
import org.programmehealth.model.SeniorSponsor;
import org.programmehealth.model.Sponsorship;
import org.programmehealth.model.Stage;
import org.programmehealth.model.Timescales;

/**
 * Turns the PMO's record into an assessment. The rule it follows: never guess. A figure the PMO
 * does not have, or one that cannot be right (a share over 100%), becomes "not answered", so the
 * rules that need it are reported as not assessed rather than quietly passing.
 */
public final class PmoMapping {

    private PmoMapping() {
    }

    /**
     * The assessment for one PMO record.
     *
     * @throws IllegalArgumentException if the record lacks what identifies it (code, title, review date),
     *                                  or the code or title is longer than the format allows
     */
    public static Assessment toAssessment(PmoProgramme p) {
        if (blank(p.code()) || blank(p.title()) || p.lastReviewed() == null) {
            throw new IllegalArgumentException("PMO record " + (blank(p.code()) ? "(no code)" : p.code())
                    + " lacks a code, a title or a review date, which identify the assessment");
        }
        if (p.code().length() > 100 || p.title().length() > 200) {
            throw new IllegalArgumentException("PMO record " + p.code().substring(0, Math.min(40, p.code().length()))
                    + " has a code longer than 100 or a title longer than 200 characters");
        }
        Programme programme = new Programme(p.code(), p.title(), p.lastReviewed(),
                p.kickOff() != null && !p.kickOff().isAfter(p.lastReviewed()) ? p.kickOff() : null,
                stage(p.phase()), null, null, p.sites() != null && p.sites() >= 1 ? p.sites() : null, null);
        Sponsorship sponsorship = new Sponsorship(sponsor(p.sponsorGrade()), count(p.sponsorChangesThisYear()), null, null);
        Timescales timescales = new Timescales(count(p.monthsToExpectedResults()), null, count(p.partnershipAgeMonths()),
                null, null, null, null);
        Reporting reporting = new Reporting(count(p.infoRequestsPerMonth()), count(p.requestingBodies()),
                share(p.reportingHoursPerWeek(), p.teamHoursPerWeek()), null, null);
        Scope scope = new Scope(count(p.prioritiesAtLaunch()), count(p.prioritiesToday()), null, null);
        return new Assessment(Assessment.SCHEMA_VERSION, programme, null, sponsorship, timescales, reporting, scope,
                null, null, null, null, null, null);
    }

    static Stage stage(String phase) {
        if (phase == null) {
            return null;
        }
        return switch (phase.strip().toLowerCase(Locale.ROOT)) {
            case "design" -> Stage.DESIGN;
            case "pilot" -> Stage.PILOT;
            case "rollout", "roll-out", "roll out" -> Stage.ROLL_OUT;
            case "bau", "business as usual" -> Stage.BUSINESS_AS_USUAL;
            default -> null;
        };
    }

    static SeniorSponsor sponsor(String grade) {
        if (grade == null) {
            return null;
        }
        return switch (grade.strip().toUpperCase(Locale.ROOT)) {
            case "" -> SeniorSponsor.NONE;
            case "MINISTER" -> SeniorSponsor.MINISTER;
            case "PERMANENT SECRETARY" -> SeniorSponsor.PERMANENT_SECRETARY;
            case "SCS3" -> SeniorSponsor.DIRECTOR_GENERAL;
            case "SCS2" -> SeniorSponsor.DIRECTOR;
            case "SCS1" -> SeniorSponsor.DEPUTY_DIRECTOR;
            case "G6", "G7", "SEO", "HEO" -> SeniorSponsor.JUNIOR_OFFICIAL;
            default -> null;
        };
    }

    /** Hours on reporting as a share of the team's hours, or not answered when either is missing or it cannot be right. */
    static Double share(Double part, Double whole) {
        if (part == null || whole == null || whole <= 0 || part < 0 || part > whole) {
            return null;
        }
        return Math.round(part / whole * 1000) / 10.0;
    }

    private static Integer count(Integer n) {
        return n != null && n >= 0 ? n : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
