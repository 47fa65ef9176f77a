package org.programmehealth.examples.embedding;

import java.time.LocalDate;

/**
 * A programme as a PMO's own system records it: its own names, its own units, its own gaps. This
 * is not the assessment format; {@link PmoMapping} turns it into one. Any field may be
 * {@code null} when the PMO does not track it.
 *
 * @param code                     the PMO's key for the programme, e.g. {@code PRG-0042}
 * @param title                    its name
 * @param lastReviewed             the date the figures below describe
 * @param kickOff                  when it started
 * @param phase                    the PMO's phase: {@code Design}, {@code Pilot}, {@code Rollout} or {@code BAU}
 * @param sites                    localities taking part
 * @param sponsorGrade             the grade of the owner at the centre: {@code Minister}, {@code Permanent Secretary},
 *                                 {@code SCS3}, {@code SCS2}, {@code SCS1}, {@code G6}, {@code G7} or blank for none
 * @param sponsorChangesThisYear   changes of that owner in the last 12 months
 * @param infoRequestsPerMonth     requests for information, meetings and reports a month
 * @param requestingBodies         distinct bodies making them
 * @param reportingHoursPerWeek    team hours a week spent answering them
 * @param teamHoursPerWeek         the team's total hours a week
 * @param prioritiesAtLaunch       priorities chosen at the start
 * @param prioritiesToday          priorities carried now
 * @param partnershipAgeMonths     age of the delivering partnership
 * @param monthsToExpectedResults  months until sponsors expect results
 */
public record PmoProgramme(
        String code,
        String title,
        LocalDate lastReviewed,
        LocalDate kickOff,
        String phase,
        Integer sites,
        String sponsorGrade,
        Integer sponsorChangesThisYear,
        Integer infoRequestsPerMonth,
        Integer requestingBodies,
        Double reportingHoursPerWeek,
        Double teamHoursPerWeek,
        Integer prioritiesAtLaunch,
        Integer prioritiesToday,
        Integer partnershipAgeMonths,
        Integer monthsToExpectedResults) {
}
