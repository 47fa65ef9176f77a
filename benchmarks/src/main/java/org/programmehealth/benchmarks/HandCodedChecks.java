package org.programmehealth.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.programmehealth.model.Assessment;
import org.programmehealth.model.Locality;
import org.programmehealth.model.ProblemComplexity;
import org.programmehealth.model.Reporting;
import org.programmehealth.model.Scope;
import org.programmehealth.model.SeniorSponsor;
import org.programmehealth.model.Snapshot;
import org.programmehealth.model.Sponsorship;
import org.programmehealth.model.Timescales;

/**
 * The baseline the engine is measured against: the catalogue's checks written by hand as plain
 * Java {@code if}s over the same model, with the same thresholds (read once from the engine's
 * {@code thresholds()} map into fields), producing for each rule that fires its id, sign, theme,
 * severity, a message and the evidence values, and the same scores: what a team would write without
 * a rule engine. {@code HandCodedChecksTest} proves it fires exactly the engine's rules on every
 * case of every sign and on the sample, so the comparison is honest; when a rule is added to the
 * catalogue that test fails until the rule is added here too.
 */
public final class HandCodedChecks {

    /** One rule that fired. */
    public record Finding(String ruleId, String sign, String theme, String severity, String message,
                          Map<String, Object> evidence) {
    }

    /** The result of one assessment: what fired, and the score per theme (the engine's scoring method). */
    public record Result(String programmeId, List<Finding> findings, Map<String, Integer> themes, Integer overall) {
        public List<String> firedIds() {
            return findings.stream().map(Finding::ruleId).sorted().toList();
        }
    }

    /** The catalogue's default thresholds, as a hand-coded tool would carry them (checked against the engine by a test). */
    public static final Map<String, Double> DEFAULTS = Map.ofEntries(
            Map.entry("incrementalism.maxAlreadyPlannedPercent", 60.0),
            Map.entry("incrementalism.quickWinPressureMin", 4.0),
            Map.entry("incrementalism.maxRadicalOptions", 0.0),
            Map.entry("issueCreep.growthFactor", 2.0),
            Map.entry("issueCreep.minAddedPriorities", 3.0),
            Map.entry("issueCreep.maxTargetsAdded", 3.0),
            Map.entry("issueCreep.maxPreExistingPercent", 50.0),
            Map.entry("lossOfSeniorSponsorship.maxSponsorChanges", 2.0),
            Map.entry("lossOfSeniorSponsorship.minSeniorEngagements", 1.0),
            Map.entry("lossOfSeniorSponsorship.rankDrop", 2.0),
            Map.entry("reportingOverload.maxRequestsPerMonth", 8.0),
            Map.entry("reportingOverload.maxRequestingBodies", 4.0),
            Map.entry("reportingOverload.maxStaffTimePercent", 20.0),
            Map.entry("unrealisticTimescales.partnershipMaturityMonths", 60.0),
            Map.entry("unrealisticTimescales.prematureClosureMonths", 24.0),
            Map.entry("unrealisticTimescales.complexResultsMonths", 12.0));

    /** Every rule id this class implements. */
    public static final List<String> RULE_IDS = List.of(
            "incrementalism/drawing-board-proposals",
            "incrementalism/quick-wins-no-radical-options",
            "issue-creep/priorities-multiplied",
            "issue-creep/targets-added-by-centre",
            "issue-creep/pre-existing-work-reported",
            "loss-of-senior-sponsorship/junior-or-no-sponsor",
            "loss-of-senior-sponsorship/sponsor-churn",
            "loss-of-senior-sponsorship/no-senior-engagement",
            "loss-of-senior-sponsorship/seniority-falling",
            "reporting-overload/request-volume",
            "reporting-overload/many-requesting-bodies",
            "reporting-overload/staff-time-on-reporting",
            "unrealistic-timescales/partnership-horizon",
            "unrealistic-timescales/closure-discussed-early",
            "unrealistic-timescales/complex-problem-in-months");

    private final double maxAlreadyPlanned;
    private final double quickWinPressureMin;
    private final double maxRadicalOptions;
    private final double growthFactor;
    private final double minAddedPriorities;
    private final double maxTargetsAdded;
    private final double maxPreExisting;
    private final double maxSponsorChanges;
    private final double minSeniorEngagements;
    private final double rankDrop;
    private final double maxRequests;
    private final double maxBodies;
    private final double maxStaffTime;
    private final double maturityMonths;
    private final double prematureClosureMonths;
    private final double complexResultsMonths;

    public HandCodedChecks(Map<String, Double> th) {
        maxAlreadyPlanned = th.get("incrementalism.maxAlreadyPlannedPercent");
        quickWinPressureMin = th.get("incrementalism.quickWinPressureMin");
        maxRadicalOptions = th.get("incrementalism.maxRadicalOptions");
        growthFactor = th.get("issueCreep.growthFactor");
        minAddedPriorities = th.get("issueCreep.minAddedPriorities");
        maxTargetsAdded = th.get("issueCreep.maxTargetsAdded");
        maxPreExisting = th.get("issueCreep.maxPreExistingPercent");
        maxSponsorChanges = th.get("lossOfSeniorSponsorship.maxSponsorChanges");
        minSeniorEngagements = th.get("lossOfSeniorSponsorship.minSeniorEngagements");
        rankDrop = th.get("lossOfSeniorSponsorship.rankDrop");
        maxRequests = th.get("reportingOverload.maxRequestsPerMonth");
        maxBodies = th.get("reportingOverload.maxRequestingBodies");
        maxStaffTime = th.get("reportingOverload.maxStaffTimePercent");
        maturityMonths = th.get("unrealisticTimescales.partnershipMaturityMonths");
        prematureClosureMonths = th.get("unrealisticTimescales.prematureClosureMonths");
        complexResultsMonths = th.get("unrealisticTimescales.complexResultsMonths");
    }

    public Result evaluate(Assessment a) {
        List<Finding> out = new ArrayList<>();
        Locality l = a.locality();
        if (l != null) {
            if (l.proposalsAlreadyPlannedPercent() != null && l.proposalsAlreadyPlannedPercent() >= maxAlreadyPlanned) {
                out.add(finding("incrementalism/drawing-board-proposals", "INCREMENTALISM", "BEHAVIOURS", "HIGH",
                        n(l.proposalsAlreadyPlannedPercent()) + "% of the programme's proposals were already planned before it ("
                                + n(maxAlreadyPlanned) + "% or more).",
                        "locality.proposalsAlreadyPlannedPercent", l.proposalsAlreadyPlannedPercent()));
            }
            if (l.quickWinPressure() != null && l.radicalOptionsTested() != null && l.quickWinPressure() >= quickWinPressureMin
                    && l.radicalOptionsTested() <= maxRadicalOptions) {
                out.add(finding("incrementalism/quick-wins-no-radical-options", "INCREMENTALISM", "BEHAVIOURS", "HIGH",
                        "Quick-win pressure is " + l.quickWinPressure() + " of 5 and " + l.radicalOptionsTested()
                                + " genuinely new options are being tried.",
                        "locality.quickWinPressure", l.quickWinPressure(), "locality.radicalOptionsTested", l.radicalOptionsTested()));
            }
        }
        Scope s = a.scope();
        if (s != null) {
            if (s.prioritiesNow() != null && s.prioritiesAtStart() != null && s.prioritiesNow() >= growthFactor * s.prioritiesAtStart()
                    && s.prioritiesNow() - s.prioritiesAtStart() >= minAddedPriorities) {
                out.add(finding("issue-creep/priorities-multiplied", "ISSUE_CREEP", "PROCESS", "HIGH",
                        "The programme now carries " + s.prioritiesNow() + " priorities against " + s.prioritiesAtStart()
                                + " at the start: at least " + n(growthFactor) + " times as many and " + n(minAddedPriorities)
                                + " or more added.",
                        "scope.prioritiesNow", s.prioritiesNow(), "scope.prioritiesAtStart", s.prioritiesAtStart()));
            }
            if (s.targetsAddedByCentre() != null && s.targetsAddedByCentre() >= maxTargetsAdded) {
                out.add(finding("issue-creep/targets-added-by-centre", "ISSUE_CREEP", "PROCESS", "HIGH",
                        "The centre has added " + s.targetsAddedByCentre() + " targets since the start (" + n(maxTargetsAdded)
                                + " or more).",
                        "scope.targetsAddedByCentre", s.targetsAddedByCentre()));
            }
            if (s.preExistingWorkPercent() != null && s.preExistingWorkPercent() >= maxPreExisting) {
                out.add(finding("issue-creep/pre-existing-work-reported", "ISSUE_CREEP", "PROCESS", "MEDIUM",
                        n(s.preExistingWorkPercent()) + "% of the work reported under the programme was planned before it began ("
                                + n(maxPreExisting) + "% or more).",
                        "scope.preExistingWorkPercent", s.preExistingWorkPercent()));
            }
        }
        Sponsorship sp = a.sponsorship();
        if (sp != null) {
            SeniorSponsor now = sp.seniorSponsor();
            if (now == SeniorSponsor.JUNIOR_OFFICIAL || now == SeniorSponsor.NONE) {
                out.add(finding("loss-of-senior-sponsorship/junior-or-no-sponsor", "LOSS_OF_SENIOR_SPONSORSHIP", "PROCESS", "HIGH",
                        "The programme's owner at the centre is " + now + ".", "sponsorship.seniorSponsor", now));
            }
            if (sp.sponsorChangesLast12Months() != null && sp.sponsorChangesLast12Months() >= maxSponsorChanges) {
                out.add(finding("loss-of-senior-sponsorship/sponsor-churn", "LOSS_OF_SENIOR_SPONSORSHIP", "PROCESS", "HIGH",
                        "The programme's owner at the centre changed " + sp.sponsorChangesLast12Months()
                                + " times in the last 12 months (" + n(maxSponsorChanges) + " or more).",
                        "sponsorship.sponsorChangesLast12Months", sp.sponsorChangesLast12Months()));
            }
            if (sp.seniorEngagementsLast3Months() != null && sp.seniorEngagementsLast3Months() < minSeniorEngagements) {
                out.add(finding("loss-of-senior-sponsorship/no-senior-engagement", "LOSS_OF_SENIOR_SPONSORSHIP", "PROCESS", "MEDIUM",
                        "Localities had " + sp.seniorEngagementsLast3Months()
                                + " meetings or working sessions with senior sponsors in the last 3 months (fewer than "
                                + n(minSeniorEngagements) + ").",
                        "sponsorship.seniorEngagementsLast3Months", sp.seniorEngagementsLast3Months()));
            }
            if (now != null) {
                List<Snapshot> history = a.history();
                for (int i = 0; i < history.size(); i++) {
                    Sponsorship earlier = history.get(i).sponsorship();
                    if (earlier != null && earlier.seniorSponsor() != null) {
                        if (now.rank() - earlier.seniorSponsor().rank() >= rankDrop) {
                            out.add(finding("loss-of-senior-sponsorship/seniority-falling", "LOSS_OF_SENIOR_SPONSORSHIP", "PROCESS",
                                    "HIGH", "The programme's owner was " + earlier.seniorSponsor() + " and is now " + now + ": "
                                            + n(rankDrop) + " or more grades less senior.",
                                    "history[" + i + "].sponsorship.seniorSponsor", earlier.seniorSponsor(),
                                    "sponsorship.seniorSponsor", now));
                        }
                        break;
                    }
                }
            }
        }
        Reporting r = a.reporting();
        if (r != null) {
            if (r.informationRequestsPerMonth() != null && r.informationRequestsPerMonth() >= maxRequests) {
                out.add(finding("reporting-overload/request-volume", "REPORTING_OVERLOAD", "PROCESS", "HIGH",
                        "The programme receives " + r.informationRequestsPerMonth()
                                + " requests for information, meetings, reports and presentations a month (" + n(maxRequests)
                                + " or more).",
                        "reporting.informationRequestsPerMonth", r.informationRequestsPerMonth()));
            }
            if (r.requestingBodies() != null && r.requestingBodies() >= maxBodies) {
                out.add(finding("reporting-overload/many-requesting-bodies", "REPORTING_OVERLOAD", "PROCESS", "MEDIUM",
                        r.requestingBodies() + " distinct bodies send the programme requests (" + n(maxBodies) + " or more).",
                        "reporting.requestingBodies", r.requestingBodies()));
            }
            if (r.staffTimeOnReportingPercent() != null && r.staffTimeOnReportingPercent() >= maxStaffTime) {
                out.add(finding("reporting-overload/staff-time-on-reporting", "REPORTING_OVERLOAD", "PROCESS", "HIGH",
                        "Staff spend " + n(r.staffTimeOnReportingPercent()) + "% of their time answering requests ("
                                + n(maxStaffTime) + "% or more).",
                        "reporting.staffTimeOnReportingPercent", r.staffTimeOnReportingPercent()));
            }
        }
        Timescales t = a.timescales();
        if (t != null) {
            if (t.partnershipAgeMonths() != null && t.monthsUntilResultsExpected() != null
                    && t.partnershipAgeMonths() + t.monthsUntilResultsExpected() < maturityMonths) {
                out.add(finding("unrealistic-timescales/partnership-horizon", "UNREALISTIC_TIMESCALES", "PROCESS", "HIGH",
                        "Results are expected when the partnership will be " + t.partnershipAgeMonths() + " + "
                                + t.monthsUntilResultsExpected() + " months old, short of the " + n(maturityMonths)
                                + " months research says a good partnership needs before it changes delivery.",
                        "timescales.partnershipAgeMonths", t.partnershipAgeMonths(),
                        "timescales.monthsUntilResultsExpected", t.monthsUntilResultsExpected()));
            }
            if (Boolean.TRUE.equals(t.reviewOrClosureDiscussed()) && t.partnershipAgeMonths() != null
                    && t.partnershipAgeMonths() < prematureClosureMonths) {
                out.add(finding("unrealistic-timescales/closure-discussed-early", "UNREALISTIC_TIMESCALES", "PROCESS", "CRITICAL",
                        "The centre has discussed reviewing or closing the programme while its partnership is only "
                                + t.partnershipAgeMonths() + " months old (under " + n(prematureClosureMonths) + ").",
                        "timescales.reviewOrClosureDiscussed", true, "timescales.partnershipAgeMonths", t.partnershipAgeMonths()));
            }
            if (a.programme().problemComplexity() == ProblemComplexity.COMPLEX && t.monthsUntilResultsExpected() != null
                    && t.monthsUntilResultsExpected() < complexResultsMonths) {
                out.add(finding("unrealistic-timescales/complex-problem-in-months", "UNREALISTIC_TIMESCALES", "PROCESS", "HIGH",
                        "The problem is COMPLEX, yet results are expected in " + t.monthsUntilResultsExpected() + " months (under "
                                + n(complexResultsMonths) + ").",
                        "programme.problemComplexity", "COMPLEX", "timescales.monthsUntilResultsExpected",
                        t.monthsUntilResultsExpected()));
            }
        }
        return score(a.programme().id(), out);
    }

    private static final Map<String, Integer> PENALTY = Map.of("LOW", 5, "MEDIUM", 10, "HIGH", 20, "CRITICAL", 35);

    /** The engine's scoring, by hand: a sign costs its theme its worst penalty, once. */
    private static Result score(String id, List<Finding> findings) {
        Map<String, Integer> worstBySign = new LinkedHashMap<>();
        Map<String, String> themeOfSign = new LinkedHashMap<>();
        for (Finding f : findings) {
            worstBySign.merge(f.sign(), PENALTY.get(f.severity()), Math::max);
            themeOfSign.put(f.sign(), f.theme());
        }
        Map<String, Integer> themes = new TreeMap<>();
        for (String theme : new String[] {"DRIVERS", "PROCESS", "BEHAVIOURS", "MINDSETS", "LEADERSHIP"}) {
            themes.put(theme, 100);
        }
        worstBySign.forEach((sign, p) -> themes.merge(themeOfSign.get(sign), -p, (a, b) -> Math.max(0, a + b)));
        int sum = 0;
        for (int v : themes.values()) {
            sum += v;
        }
        return new Result(id, findings, themes, Math.round(sum / (float) themes.size()));
    }

    private static Finding finding(String id, String sign, String theme, String severity, String message, Object... evidence) {
        Map<String, Object> e = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            e.put((String) evidence[i], evidence[i + 1] instanceof Enum<?> en ? en.name() : evidence[i + 1]);
        }
        return new Finding(id, sign, theme, severity, message, e);
    }

    private static String n(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
