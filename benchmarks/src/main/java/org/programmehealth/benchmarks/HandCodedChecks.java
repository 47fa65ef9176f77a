package org.programmehealth.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.programmehealth.model.Assessment;
import org.programmehealth.model.Centre;
import org.programmehealth.model.Learning;
import org.programmehealth.model.Locality;
import org.programmehealth.model.PartnerCommitmentTrend;
import org.programmehealth.model.Partnership;
import org.programmehealth.model.PilotSelection;
import org.programmehealth.model.PoliticalBacking;
import org.programmehealth.model.PrimaryAim;
import org.programmehealth.model.ProblemComplexity;
import org.programmehealth.model.Programme;
import org.programmehealth.model.RelationshipMode;
import org.programmehealth.model.Reporting;
import org.programmehealth.model.RollOut;
import org.programmehealth.model.Scope;
import org.programmehealth.model.SeniorSponsor;
import org.programmehealth.model.Snapshot;
import org.programmehealth.model.Sponsorship;
import org.programmehealth.model.Stage;
import org.programmehealth.model.Timescales;

/**
 * The baseline the engine is measured against: the catalogue's checks written by hand as plain
 * Java {@code if}s over the same model, with the same thresholds (read once from the engine's
 * {@code thresholds()} map into fields), producing for each rule that fires its id, sign, theme,
 * severity, a message and the evidence values, and the scores by the same penalties (a sign costs its
 * worst penalty once; it does not count which rules could be assessed, so it never leaves a theme
 * unscored for lack of answers as the engine does: slightly less work than the engine's): what a
 * team would write without a rule engine. Warning rules become {@link Result#findings() findings}; strength rules become
 * {@link Result#strengths() strengths} (severity {@code null}), reported beside the findings and, as in
 * the engine, adding no points. There is one method per sign, in the catalogue's order, each rule an
 * {@code if} that mirrors its DRL {@code when}: an answer a rule needs that is missing ({@code null},
 * or its section absent) makes that rule neither fire nor pass. {@code HandCodedChecksTest} proves it
 * fires exactly the engine's rules on every case of every sign and on the sample, so the comparison is
 * honest; when a rule is added to the catalogue that test fails until the rule is added here too.
 */
public final class HandCodedChecks {

    /** One rule that fired; {@code severity} is {@code null} for a strength. */
    public record Finding(String ruleId, String sign, String theme, String severity, String message,
                          Map<String, Object> evidence) {
    }

    /**
     * The result of one assessment: the warnings that fired, the strengths found, and the score per
     * theme (the engine's scoring method; strengths add no points).
     */
    public record Result(String programmeId, List<Finding> findings, List<Finding> strengths, Map<String, Integer> themes,
                         Integer overall) {
        /** The ids of every rule that fired, warnings and strengths, sorted. */
        public List<String> firedIds() {
            List<String> ids = new ArrayList<>(findings.size() + strengths.size());
            for (Finding f : findings) {
                ids.add(f.ruleId());
            }
            for (Finding f : strengths) {
                ids.add(f.ruleId());
            }
            ids.sort(null);
            return ids;
        }
    }

    /** The catalogue's default thresholds, as a hand-coded tool would carry them (checked against the engine by a test). */
    public static final Map<String, Double> DEFAULTS = Map.ofEntries(
            Map.entry("bilateralOnlyRelationships.minLocalities", 2.0),
            Map.entry("coDesigned.minCoDesign", 4.0),
            Map.entry("guidanceDependency.maxGuidanceDocuments", 10.0),
            Map.entry("guidanceDependency.maxGuidanceRequests", 5.0),
            Map.entry("inconsistentNationalDrivers.highDirectionChanges", 2.0),
            Map.entry("inconsistentNationalDrivers.lowDirectionChanges", 1.0),
            Map.entry("incrementalism.maxAlreadyPlannedPercent", 60.0),
            Map.entry("incrementalism.maxRadicalOptions", 0.0),
            Map.entry("incrementalism.quickWinPressureMin", 4.0),
            Map.entry("initiativeOverload.maxOverlappingInitiatives", 5.0),
            Map.entry("issueCreep.growthFactor", 2.0),
            Map.entry("issueCreep.maxPreExistingPercent", 50.0),
            Map.entry("issueCreep.maxTargetsAdded", 3.0),
            Map.entry("issueCreep.minAddedPriorities", 3.0),
            Map.entry("issueCreep.minHistorySnapshots", 1.0),
            Map.entry("lackOfLocalOwnership.lowLikertMax", 2.0),
            Map.entry("learningSystem.minLearningBudgetPercent", 10.0),
            Map.entry("lossOfSeniorSponsorship.maxSponsorChanges", 2.0),
            Map.entry("lossOfSeniorSponsorship.minSeniorEngagements", 1.0),
            Map.entry("lossOfSeniorSponsorship.rankDrop", 2.0),
            Map.entry("missingConditionsForChange.highMissingFactors", 2.0),
            Map.entry("missingConditionsForChange.weakFactorMax", 2.0),
            Map.entry("noPermissionToInnovate.lowPermissionMax", 2.0),
            Map.entry("noRealTimeData.minRequestsPerMonth", 4.0),
            Map.entry("noWholeSystemView.lowEngagementMax", 2.0),
            Map.entry("noWholeSystemView.minWholeSystemEvents", 1.0),
            Map.entry("partnershipStrain.lowTrustMax", 2.0),
            Map.entry("partnershipStrain.minConsultedPercent", 50.0),
            Map.entry("passiveCompliance.highAttendancePercent", 25.0),
            Map.entry("passiveCompliance.mediumAttendancePercent", 50.0),
            Map.entry("pilotNotReplicable.supportCutPercent", -50.0),
            Map.entry("processHardening.maxTemplatedPercent", 60.0),
            Map.entry("processHardening.riseInPoints", 20.0),
            Map.entry("relationshipsFirst.minRelationshipMonths", 3.0),
            Map.entry("reportingOverload.maxRequestingBodies", 4.0),
            Map.entry("reportingOverload.maxRequestsPerMonth", 8.0),
            Map.entry("reportingOverload.maxStaffTimePercent", 20.0),
            Map.entry("reportingOverload.minimumRise", 2.0),
            Map.entry("reportingOverload.riseFactor", 1.5),
            Map.entry("ringFencedResources.maxRingFencedPercent", 50.0),
            Map.entry("rushedStart.minRelationshipMonths", 3.0),
            Map.entry("savingsCrowdOutOutcomes.lowEngagementMax", 2.0),
            Map.entry("shortLivedInitiative.minLifespanMonths", 24.0),
            Map.entry("siloedCentre.highRatio", 0.5),
            Map.entry("siloedCentre.lowRatio", 1.0),
            Map.entry("siloedCentre.minDepartments", 2.0),
            Map.entry("sustainedSeniorEngagement.maxSponsorChanges", 0.0),
            Map.entry("sustainedSeniorEngagement.minSeniorEngagements", 3.0),
            Map.entry("targetRedefinition.criticalRedefinitions", 3.0),
            Map.entry("targetRedefinition.highRedefinitions", 2.0),
            Map.entry("targetRedefinition.mediumRedefinitions", 1.0),
            Map.entry("underInvestmentInLearning.minLearningBudgetPercent", 5.0),
            Map.entry("unheldTensions.lowDialogueMax", 2.0),
            Map.entry("unrealisticTimescales.complexResultsMonths", 12.0),
            Map.entry("unrealisticTimescales.partnershipMaturityMonths", 60.0),
            Map.entry("unrealisticTimescales.prematureClosureMonths", 24.0));

    /** Every rule id this class implements, in the catalogue's order. */
    public static final List<String> RULE_IDS = List.of(
            "bilateral-only-relationships/one-to-one-with-each-locality",
            "bilateral-only-relationships/isolated-localities",
            "central-over-prescription/process-without-agreed-outcomes",
            "central-over-prescription/process-prescribed",
            "co-designed/designed-jointly",
            "guidance-dependency/frequent-requests-for-guidance",
            "guidance-dependency/stream-of-guidance",
            "guidance-dependency/request-and-guidance-cycle",
            "inconsistent-national-drivers/repeated-redirection",
            "inconsistent-national-drivers/single-redirection",
            "incrementalism/drawing-board-proposals",
            "incrementalism/quick-wins-no-radical-options",
            "initiative-overload/many-overlapping-initiatives",
            "issue-creep/priorities-multiplied",
            "issue-creep/targets-added-by-centre",
            "issue-creep/pre-existing-work-reported",
            "issue-creep/priorities-growing-every-snapshot",
            "lack-of-local-ownership/not-co-designed",
            "lack-of-local-ownership/not-locally-owned",
            "lack-of-local-ownership/neither-co-designed-nor-owned",
            "learning-system/substantial-learning-budget",
            "learning-system/learning-log-and-practice-exchange",
            "loss-of-senior-sponsorship/junior-or-no-sponsor",
            "loss-of-senior-sponsorship/sponsor-churn",
            "loss-of-senior-sponsorship/no-senior-engagement",
            "loss-of-senior-sponsorship/seniority-falling",
            "missing-conditions-for-change/weak-corporate-leadership",
            "missing-conditions-for-change/inaccurate-data",
            "missing-conditions-for-change/weak-incentive-to-improve",
            "missing-conditions-for-change/no-means-to-redesign",
            "missing-conditions-for-change/several-conditions-missing",
            "networked-localities/network-with-practice-exchange",
            "no-permission-to-innovate/no-explicit-permission",
            "no-political-backing/no-backing",
            "no-political-backing/partial-backing",
            "no-real-time-data/reporting-instead-of-shared-data",
            "no-whole-system-view/no-events-weak-engagement",
            "partnership-strain/no-time-to-consult",
            "partnership-strain/partners-not-consulted",
            "partnership-strain/partner-commitment-falling",
            "partnership-strain/low-trust",
            "passive-compliance/leaders-often-absent",
            "passive-compliance/leaders-mostly-absent",
            "pilot-not-replicable/volunteer-pilots-support-cut",
            "pilot-not-replicable/practice-exchange-dropped",
            "political-backing/strong-backing",
            "process-hardening/templates-replace-dialogue",
            "process-hardening/templates-rising",
            "programme-mindset-on-complex-problem/rag-status-and-fixed-plan",
            "programme-mindset-on-complex-problem/rag-status-on-complex-problem",
            "programme-mindset-on-complex-problem/fixed-plan-on-complex-problem",
            "relationships-first/relationships-built-before-delivery",
            "reporting-overload/request-volume",
            "reporting-overload/many-requesting-bodies",
            "reporting-overload/staff-time-on-reporting",
            "reporting-overload/requests-rising",
            "ring-fenced-resources/funding-mostly-ring-fenced",
            "rushed-start/little-relationship-building",
            "savings-crowd-out-outcomes/savings-led-weak-engagement",
            "savings-crowd-out-outcomes/savings-led",
            "savings-crowd-out-outcomes/savings-added-weak-engagement",
            "short-lived-initiative/expected-to-last-under-two-years",
            "siloed-centre/few-departments-see-benefit",
            "siloed-centre/some-departments-see-no-benefit",
            "sustained-senior-engagement/senior-stable-and-engaged",
            "target-redefinition/target-redefined-once",
            "target-redefinition/target-redefined-repeatedly",
            "target-redefinition/health-action-zone-pattern",
            "tight-loose-tight/outcomes-agreed-process-free",
            "under-investment-in-learning/small-budget-no-learning-log",
            "unheld-tensions/no-space-for-dialogue",
            "unheld-tensions/contradictory-aims-without-dialogue",
            "unrealistic-timescales/partnership-horizon",
            "unrealistic-timescales/closure-discussed-early",
            "unrealistic-timescales/complex-problem-in-months");

    private final double bilateralMinLocalities;
    private final double minCoDesign;
    private final double maxGuidanceDocuments;
    private final double maxGuidanceRequests;
    private final double highDirectionChanges;
    private final double lowDirectionChanges;
    private final double maxAlreadyPlanned;
    private final double maxRadicalOptions;
    private final double quickWinPressureMin;
    private final double maxOverlappingInitiatives;
    private final double growthFactor;
    private final double maxPreExisting;
    private final double maxTargetsAdded;
    private final double minAddedPriorities;
    private final double minHistorySnapshots;
    private final double ownershipLowLikertMax;
    private final double strongLearningBudget;
    private final double maxSponsorChanges;
    private final double minSeniorEngagements;
    private final double rankDrop;
    private final double highMissingFactors;
    private final double weakFactorMax;
    private final double lowPermissionMax;
    private final double realTimeMinRequests;
    private final double wholeSystemLowEngagementMax;
    private final double minWholeSystemEvents;
    private final double lowTrustMax;
    private final double minConsultedPercent;
    private final double highAttendancePercent;
    private final double mediumAttendancePercent;
    private final double supportCutPercent;
    private final double maxTemplatedPercent;
    private final double templatedRiseInPoints;
    private final double relationshipsFirstMonths;
    private final double maxBodies;
    private final double maxRequests;
    private final double maxStaffTime;
    private final double requestsMinimumRise;
    private final double requestsRiseFactor;
    private final double maxRingFencedPercent;
    private final double rushedStartMonths;
    private final double savingsLowEngagementMax;
    private final double minLifespanMonths;
    private final double siloedHighRatio;
    private final double siloedLowRatio;
    private final double siloedMinDepartments;
    private final double sustainedMaxSponsorChanges;
    private final double sustainedMinSeniorEngagements;
    private final double criticalRedefinitions;
    private final double highRedefinitions;
    private final double mediumRedefinitions;
    private final double weakLearningBudget;
    private final double lowDialogueMax;
    private final double complexResultsMonths;
    private final double maturityMonths;
    private final double prematureClosureMonths;

    public HandCodedChecks(Map<String, Double> th) {
        bilateralMinLocalities = th.get("bilateralOnlyRelationships.minLocalities");
        minCoDesign = th.get("coDesigned.minCoDesign");
        maxGuidanceDocuments = th.get("guidanceDependency.maxGuidanceDocuments");
        maxGuidanceRequests = th.get("guidanceDependency.maxGuidanceRequests");
        highDirectionChanges = th.get("inconsistentNationalDrivers.highDirectionChanges");
        lowDirectionChanges = th.get("inconsistentNationalDrivers.lowDirectionChanges");
        maxAlreadyPlanned = th.get("incrementalism.maxAlreadyPlannedPercent");
        maxRadicalOptions = th.get("incrementalism.maxRadicalOptions");
        quickWinPressureMin = th.get("incrementalism.quickWinPressureMin");
        maxOverlappingInitiatives = th.get("initiativeOverload.maxOverlappingInitiatives");
        growthFactor = th.get("issueCreep.growthFactor");
        maxPreExisting = th.get("issueCreep.maxPreExistingPercent");
        maxTargetsAdded = th.get("issueCreep.maxTargetsAdded");
        minAddedPriorities = th.get("issueCreep.minAddedPriorities");
        minHistorySnapshots = th.get("issueCreep.minHistorySnapshots");
        ownershipLowLikertMax = th.get("lackOfLocalOwnership.lowLikertMax");
        strongLearningBudget = th.get("learningSystem.minLearningBudgetPercent");
        maxSponsorChanges = th.get("lossOfSeniorSponsorship.maxSponsorChanges");
        minSeniorEngagements = th.get("lossOfSeniorSponsorship.minSeniorEngagements");
        rankDrop = th.get("lossOfSeniorSponsorship.rankDrop");
        highMissingFactors = th.get("missingConditionsForChange.highMissingFactors");
        weakFactorMax = th.get("missingConditionsForChange.weakFactorMax");
        lowPermissionMax = th.get("noPermissionToInnovate.lowPermissionMax");
        realTimeMinRequests = th.get("noRealTimeData.minRequestsPerMonth");
        wholeSystemLowEngagementMax = th.get("noWholeSystemView.lowEngagementMax");
        minWholeSystemEvents = th.get("noWholeSystemView.minWholeSystemEvents");
        lowTrustMax = th.get("partnershipStrain.lowTrustMax");
        minConsultedPercent = th.get("partnershipStrain.minConsultedPercent");
        highAttendancePercent = th.get("passiveCompliance.highAttendancePercent");
        mediumAttendancePercent = th.get("passiveCompliance.mediumAttendancePercent");
        supportCutPercent = th.get("pilotNotReplicable.supportCutPercent");
        maxTemplatedPercent = th.get("processHardening.maxTemplatedPercent");
        templatedRiseInPoints = th.get("processHardening.riseInPoints");
        relationshipsFirstMonths = th.get("relationshipsFirst.minRelationshipMonths");
        maxBodies = th.get("reportingOverload.maxRequestingBodies");
        maxRequests = th.get("reportingOverload.maxRequestsPerMonth");
        maxStaffTime = th.get("reportingOverload.maxStaffTimePercent");
        requestsMinimumRise = th.get("reportingOverload.minimumRise");
        requestsRiseFactor = th.get("reportingOverload.riseFactor");
        maxRingFencedPercent = th.get("ringFencedResources.maxRingFencedPercent");
        rushedStartMonths = th.get("rushedStart.minRelationshipMonths");
        savingsLowEngagementMax = th.get("savingsCrowdOutOutcomes.lowEngagementMax");
        minLifespanMonths = th.get("shortLivedInitiative.minLifespanMonths");
        siloedHighRatio = th.get("siloedCentre.highRatio");
        siloedLowRatio = th.get("siloedCentre.lowRatio");
        siloedMinDepartments = th.get("siloedCentre.minDepartments");
        sustainedMaxSponsorChanges = th.get("sustainedSeniorEngagement.maxSponsorChanges");
        sustainedMinSeniorEngagements = th.get("sustainedSeniorEngagement.minSeniorEngagements");
        criticalRedefinitions = th.get("targetRedefinition.criticalRedefinitions");
        highRedefinitions = th.get("targetRedefinition.highRedefinitions");
        mediumRedefinitions = th.get("targetRedefinition.mediumRedefinitions");
        weakLearningBudget = th.get("underInvestmentInLearning.minLearningBudgetPercent");
        lowDialogueMax = th.get("unheldTensions.lowDialogueMax");
        complexResultsMonths = th.get("unrealisticTimescales.complexResultsMonths");
        maturityMonths = th.get("unrealisticTimescales.partnershipMaturityMonths");
        prematureClosureMonths = th.get("unrealisticTimescales.prematureClosureMonths");
    }

    public Result evaluate(Assessment a) {
        List<Finding> out = new ArrayList<>();
        List<Finding> strengths = new ArrayList<>();
        bilateralOnlyRelationships(a, out);
        centralOverPrescription(a, out);
        coDesigned(a, strengths);
        guidanceDependency(a, out);
        inconsistentNationalDrivers(a, out);
        incrementalism(a, out);
        initiativeOverload(a, out);
        issueCreep(a, out);
        lackOfLocalOwnership(a, out);
        learningSystem(a, strengths);
        lossOfSeniorSponsorship(a, out);
        missingConditionsForChange(a, out);
        networkedLocalities(a, strengths);
        noPermissionToInnovate(a, out);
        noPoliticalBacking(a, out);
        noRealTimeData(a, out);
        noWholeSystemView(a, out);
        partnershipStrain(a, out);
        passiveCompliance(a, out);
        pilotNotReplicable(a, out);
        politicalBacking(a, strengths);
        processHardening(a, out);
        programmeMindsetOnComplexProblem(a, out);
        relationshipsFirst(a, strengths);
        reportingOverload(a, out);
        ringFencedResources(a, out);
        rushedStart(a, out);
        savingsCrowdOutOutcomes(a, out);
        shortLivedInitiative(a, out);
        siloedCentre(a, out);
        sustainedSeniorEngagement(a, strengths);
        targetRedefinition(a, out);
        tightLooseTight(a, strengths);
        underInvestmentInLearning(a, out);
        unheldTensions(a, out);
        unrealisticTimescales(a, out);
        return score(a.programme() == null ? null : a.programme().id(), out, strengths);
    }

    private void bilateralOnlyRelationships(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        Programme p = a.programme();
        if (c == null || p == null || c.relationshipMode() != RelationshipMode.BILATERAL || p.localities() == null
                || p.localities() < bilateralMinLocalities) {
            return;
        }
        out.add(finding("bilateral-only-relationships/one-to-one-with-each-locality", "BILATERAL_ONLY_RELATIONSHIPS", "BEHAVIOURS",
                "MEDIUM", "The centre deals with each of the " + p.localities()
                        + " localities one-to-one (relationshipMode BILATERAL) rather than as a network.",
                "centre.relationshipMode", c.relationshipMode(), "programme.localities", p.localities()));
        Learning le = a.learning();
        if (le != null && Boolean.FALSE.equals(le.practiceExchangeActive())) {
            out.add(finding("bilateral-only-relationships/isolated-localities", "BILATERAL_ONLY_RELATIONSHIPS", "BEHAVIOURS", "HIGH",
                    "The centre deals with each of the " + p.localities() + " localities one-to-one and the localities do not "
                            + "exchange practice (practiceExchangeActive false): the pattern of the Community Development Projects.",
                    "centre.relationshipMode", c.relationshipMode(), "programme.localities", p.localities(),
                    "learning.practiceExchangeActive", false));
        }
    }

    private void centralOverPrescription(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        if (c == null || !Boolean.TRUE.equals(c.prescribesProcess())) {
            return;
        }
        if (Boolean.FALSE.equals(c.outcomesAgreed())) {
            out.add(finding("central-over-prescription/process-without-agreed-outcomes", "CENTRAL_OVER_PRESCRIPTION", "DRIVERS", "HIGH",
                    "The centre prescribes how localities work (prescribesProcess true) without explicit outcomes agreed with them "
                            + "(outcomesAgreed false).",
                    "centre.prescribesProcess", true, "centre.outcomesAgreed", false));
        }
        out.add(finding("central-over-prescription/process-prescribed", "CENTRAL_OVER_PRESCRIPTION", "DRIVERS", "MEDIUM",
                "The centre specifies how localities must work, not only what they should achieve (prescribesProcess true): "
                        + "tight/tight/tight rather than tight/loose/tight.",
                "centre.prescribesProcess", true));
    }

    private void coDesigned(Assessment a, List<Finding> strengths) {
        Partnership pa = a.partnership();
        if (pa != null && pa.coDesign() != null && pa.coDesign() >= minCoDesign) {
            strengths.add(strength("co-designed/designed-jointly", "CO_DESIGNED", "PROCESS",
                    "Co-design by centre and localities is rated " + pa.coDesign() + " of 5 (" + n(minCoDesign) + " or more).",
                    "partnership.coDesign", pa.coDesign()));
        }
    }

    private void guidanceDependency(Assessment a, List<Finding> out) {
        Locality l = a.locality();
        Centre c = a.centre();
        boolean manyRequests = l != null && l.guidanceRequestsLast3Months() != null
                && l.guidanceRequestsLast3Months() >= maxGuidanceRequests;
        boolean manyDocuments = c != null && c.guidanceDocumentsIssued() != null && c.guidanceDocumentsIssued() >= maxGuidanceDocuments;
        if (manyRequests) {
            out.add(finding("guidance-dependency/frequent-requests-for-guidance", "GUIDANCE_DEPENDENCY", "BEHAVIOURS", "MEDIUM",
                    "Localities made " + l.guidanceRequestsLast3Months() + " requests for clarification or guidance in the last 3 months ("
                            + n(maxGuidanceRequests) + " or more).",
                    "locality.guidanceRequestsLast3Months", l.guidanceRequestsLast3Months()));
        }
        if (manyDocuments) {
            out.add(finding("guidance-dependency/stream-of-guidance", "GUIDANCE_DEPENDENCY", "BEHAVIOURS", "MEDIUM",
                    "The centre issued " + c.guidanceDocumentsIssued() + " guidance notes, templates and pro-formas in the last 6 months ("
                            + n(maxGuidanceDocuments) + " or more).",
                    "centre.guidanceDocumentsIssued", c.guidanceDocumentsIssued()));
        }
        if (manyRequests && manyDocuments) {
            out.add(finding("guidance-dependency/request-and-guidance-cycle", "GUIDANCE_DEPENDENCY", "BEHAVIOURS", "HIGH",
                    "Localities made " + l.guidanceRequestsLast3Months() + " requests for guidance in 3 months and the centre issued "
                            + c.guidanceDocumentsIssued() + " guidance documents in 6: the cycle of anxiety and technical guidance "
                            + "the report warns invites micro-management.",
                    "locality.guidanceRequestsLast3Months", l.guidanceRequestsLast3Months(),
                    "centre.guidanceDocumentsIssued", c.guidanceDocumentsIssued()));
        }
    }

    private void inconsistentNationalDrivers(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        if (c == null || c.directionChangesLast12Months() == null) {
            return;
        }
        int changes = c.directionChangesLast12Months();
        if (changes >= highDirectionChanges) {
            out.add(finding("inconsistent-national-drivers/repeated-redirection", "INCONSISTENT_NATIONAL_DRIVERS", "DRIVERS", "HIGH",
                    "The centre changed the programme's direction, targets or rules " + changes + " times in the last 12 months ("
                            + n(highDirectionChanges) + " or more).",
                    "centre.directionChangesLast12Months", changes));
        }
        if (changes >= lowDirectionChanges && changes < highDirectionChanges) {
            out.add(finding("inconsistent-national-drivers/single-redirection", "INCONSISTENT_NATIONAL_DRIVERS", "DRIVERS", "LOW",
                    "The centre changed the programme's direction, targets or rules " + changes + " time in the last 12 months: an "
                            + "early signal, short of the " + n(highDirectionChanges) + " changes that mark repeated redirection.",
                    "centre.directionChangesLast12Months", changes));
        }
    }

    private void incrementalism(Assessment a, List<Finding> out) {
        Locality l = a.locality();
        if (l == null) {
            return;
        }
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

    private void initiativeOverload(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        if (c != null && c.overlappingInitiatives() != null && c.overlappingInitiatives() >= maxOverlappingInitiatives) {
            out.add(finding("initiative-overload/many-overlapping-initiatives", "INITIATIVE_OVERLOAD", "DRIVERS", "MEDIUM",
                    "The localities are handling " + c.overlappingInitiatives() + " other national initiatives at the same time ("
                            + n(maxOverlappingInitiatives) + " or more).",
                    "centre.overlappingInitiatives", c.overlappingInitiatives()));
        }
    }

    private void issueCreep(Assessment a, List<Finding> out) {
        Scope s = a.scope();
        if (s == null) {
            return;
        }
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
        if (s.prioritiesNow() != null) {
            // History.risesAtEveryStep: every earlier snapshot that answered, oldest first, above the one before; now above the last.
            List<Snapshot> history = a.history();
            Map<String, Object> evidence = new LinkedHashMap<>();
            Integer earliest = null;
            double previous = Double.NEGATIVE_INFINITY;
            int count = 0;
            boolean rising = true;
            for (int i = 0; i < history.size(); i++) {
                Scope earlier = history.get(i).scope();
                if (earlier == null || earlier.prioritiesNow() == null) {
                    continue;
                }
                if (earlier.prioritiesNow() <= previous) {
                    rising = false;
                    break;
                }
                if (earliest == null) {
                    earliest = earlier.prioritiesNow();
                }
                previous = earlier.prioritiesNow();
                count++;
                evidence.put("history[" + i + "].scope.prioritiesNow", earlier.prioritiesNow());
            }
            if (rising && count >= minHistorySnapshots && s.prioritiesNow() > previous) {
                evidence.put("scope.prioritiesNow", s.prioritiesNow());
                out.add(new Finding("issue-creep/priorities-growing-every-snapshot", "ISSUE_CREEP", "PROCESS", "MEDIUM",
                        "The programme has carried more priorities at every assessment: " + earliest
                                + " in the earliest snapshot that counted them, " + s.prioritiesNow() + " now.",
                        evidence));
            }
        }
    }

    private void lackOfLocalOwnership(Assessment a, List<Finding> out) {
        Partnership pa = a.partnership();
        if (pa == null) {
            return;
        }
        boolean notCoDesigned = pa.coDesign() != null && pa.coDesign() <= ownershipLowLikertMax;
        boolean notOwned = pa.localOwnership() != null && pa.localOwnership() <= ownershipLowLikertMax;
        if (notCoDesigned) {
            out.add(finding("lack-of-local-ownership/not-co-designed", "LACK_OF_LOCAL_OWNERSHIP", "PROCESS", "HIGH",
                    "Co-design by centre and localities is rated " + pa.coDesign() + " of 5 (" + n(ownershipLowLikertMax) + " or below).",
                    "partnership.coDesign", pa.coDesign()));
        }
        if (notOwned) {
            out.add(finding("lack-of-local-ownership/not-locally-owned", "LACK_OF_LOCAL_OWNERSHIP", "PROCESS", "HIGH",
                    "Local ownership is rated " + pa.localOwnership() + " of 5 (" + n(ownershipLowLikertMax) + " or below).",
                    "partnership.localOwnership", pa.localOwnership()));
        }
        if (notCoDesigned && notOwned) {
            out.add(finding("lack-of-local-ownership/neither-co-designed-nor-owned", "LACK_OF_LOCAL_OWNERSHIP", "PROCESS", "CRITICAL",
                    "Co-design is rated " + pa.coDesign() + " and local ownership " + pa.localOwnership() + " of 5, both "
                            + n(ownershipLowLikertMax) + " or below: a government programme without local buy-in.",
                    "partnership.coDesign", pa.coDesign(), "partnership.localOwnership", pa.localOwnership()));
        }
    }

    private void learningSystem(Assessment a, List<Finding> strengths) {
        Learning le = a.learning();
        if (le == null) {
            return;
        }
        if (le.learningBudgetPercent() != null && le.learningBudgetPercent() >= strongLearningBudget) {
            strengths.add(strength("learning-system/substantial-learning-budget", "LEARNING_SYSTEM", "MINDSETS",
                    n(le.learningBudgetPercent()) + "% of the budget is spent on learning (" + n(strongLearningBudget) + "% or more).",
                    "learning.learningBudgetPercent", le.learningBudgetPercent()));
        }
        if (Boolean.TRUE.equals(le.learningLog()) && Boolean.TRUE.equals(le.practiceExchangeActive())) {
            strengths.add(strength("learning-system/learning-log-and-practice-exchange", "LEARNING_SYSTEM", "MINDSETS",
                    "A shared learning log carries learning forward (learningLog true) and localities exchange practice regularly "
                            + "(practiceExchangeActive true).",
                    "learning.learningLog", true, "learning.practiceExchangeActive", true));
        }
    }

    private void lossOfSeniorSponsorship(Assessment a, List<Finding> out) {
        Sponsorship sp = a.sponsorship();
        if (sp == null) {
            return;
        }
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

    private void missingConditionsForChange(Assessment a, List<Finding> out) {
        Locality l = a.locality();
        if (l == null) {
            return;
        }
        Integer leadership = l.leadershipStrength();
        Integer data = l.dataQuality();
        Integer incentive = l.incentiveToImprove();
        Integer redesign = l.redesignCapability();
        int missing = 0;
        if (leadership != null && leadership <= weakFactorMax) {
            missing++;
            out.add(finding("missing-conditions-for-change/weak-corporate-leadership", "MISSING_CONDITIONS_FOR_CHANGE", "DRIVERS",
                    "MEDIUM", "Effective leadership at corporate level is rated " + leadership + " of 5 (" + n(weakFactorMax)
                            + " or below): one of the four conditions for sustained change is missing.",
                    "locality.leadershipStrength", leadership));
        }
        if (data != null && data <= weakFactorMax) {
            missing++;
            out.add(finding("missing-conditions-for-change/inaccurate-data", "MISSING_CONDITIONS_FOR_CHANGE", "DRIVERS", "MEDIUM",
                    "Accurate, timely data is rated " + data + " of 5 (" + n(weakFactorMax)
                            + " or below): one of the four conditions for sustained change is missing.",
                    "locality.dataQuality", data));
        }
        if (incentive != null && incentive <= weakFactorMax) {
            missing++;
            out.add(finding("missing-conditions-for-change/weak-incentive-to-improve", "MISSING_CONDITIONS_FOR_CHANGE", "DRIVERS",
                    "MEDIUM", "The local incentive to improve is rated " + incentive + " of 5 (" + n(weakFactorMax)
                            + " or below): one of the four conditions for sustained change is missing.",
                    "locality.incentiveToImprove", incentive));
        }
        if (redesign != null && redesign <= weakFactorMax) {
            missing++;
            out.add(finding("missing-conditions-for-change/no-means-to-redesign", "MISSING_CONDITIONS_FOR_CHANGE", "DRIVERS", "MEDIUM",
                    "The means of redesigning how services are delivered is rated " + redesign + " of 5 (" + n(weakFactorMax)
                            + " or below): one of the four conditions for sustained change is missing.",
                    "locality.redesignCapability", redesign));
        }
        // The DRL needs all four answers before it counts the missing ones.
        if (leadership != null && data != null && incentive != null && redesign != null && missing >= highMissingFactors) {
            out.add(finding("missing-conditions-for-change/several-conditions-missing", "MISSING_CONDITIONS_FOR_CHANGE", "DRIVERS",
                    "HIGH", "Leadership is rated " + leadership + ", data " + data + ", incentive to improve " + incentive
                            + " and means of redesign " + redesign + " of 5: at least " + n(highMissingFactors)
                            + " of the four conditions for sustained change are at " + n(weakFactorMax) + " or below.",
                    "locality.leadershipStrength", leadership, "locality.dataQuality", data,
                    "locality.incentiveToImprove", incentive, "locality.redesignCapability", redesign));
        }
    }

    private void networkedLocalities(Assessment a, List<Finding> strengths) {
        Centre c = a.centre();
        Learning le = a.learning();
        if (c != null && le != null && c.relationshipMode() == RelationshipMode.NETWORKED
                && Boolean.TRUE.equals(le.practiceExchangeActive())) {
            strengths.add(strength("networked-localities/network-with-practice-exchange", "NETWORKED_LOCALITIES", "BEHAVIOURS",
                    "Localities work with each other and meet the centre together (relationshipMode NETWORKED) and exchange "
                            + "practice regularly (practiceExchangeActive true).",
                    "centre.relationshipMode", c.relationshipMode(), "learning.practiceExchangeActive", true));
        }
    }

    private void noPermissionToInnovate(Assessment a, List<Finding> out) {
        Learning le = a.learning();
        if (le != null && le.permissionToInnovate() != null && le.permissionToInnovate() <= lowPermissionMax) {
            out.add(finding("no-permission-to-innovate/no-explicit-permission", "NO_PERMISSION_TO_INNOVATE", "LEADERSHIP", "MEDIUM",
                    "Explicit permission for staff to do things differently is rated " + le.permissionToInnovate() + " of 5 ("
                            + n(lowPermissionMax) + " or below).",
                    "learning.permissionToInnovate", le.permissionToInnovate()));
        }
    }

    private void noPoliticalBacking(Assessment a, List<Finding> out) {
        Sponsorship sp = a.sponsorship();
        if (sp == null) {
            return;
        }
        if (sp.politicalBacking() == PoliticalBacking.NONE) {
            out.add(finding("no-political-backing/no-backing", "NO_POLITICAL_BACKING", "MINDSETS", "HIGH",
                    "Backing from elected politicians, nationally and locally, is NONE.", "sponsorship.politicalBacking",
                    sp.politicalBacking()));
        }
        if (sp.politicalBacking() == PoliticalBacking.PARTIAL) {
            out.add(finding("no-political-backing/partial-backing", "NO_POLITICAL_BACKING", "MINDSETS", "LOW",
                    "Backing from elected politicians, nationally and locally, is only PARTIAL.", "sponsorship.politicalBacking",
                    sp.politicalBacking()));
        }
    }

    private void noRealTimeData(Assessment a, List<Finding> out) {
        Reporting r = a.reporting();
        if (r != null && Boolean.FALSE.equals(r.realTimeDataSharing()) && r.informationRequestsPerMonth() != null
                && r.informationRequestsPerMonth() >= realTimeMinRequests) {
            out.add(finding("no-real-time-data/reporting-instead-of-shared-data", "NO_REAL_TIME_DATA", "LEADERSHIP", "LOW",
                    "Centre and localities do not share data as it arrives (realTimeDataSharing false) while "
                            + r.informationRequestsPerMonth() + " requests for information arrive each month ("
                            + n(realTimeMinRequests) + " or more).",
                    "reporting.realTimeDataSharing", false, "reporting.informationRequestsPerMonth", r.informationRequestsPerMonth()));
        }
    }

    private void noWholeSystemView(Assessment a, List<Finding> out) {
        Learning le = a.learning();
        if (le != null && le.wholeSystemEvents() != null && le.communityEngagement() != null
                && le.wholeSystemEvents() < minWholeSystemEvents && le.communityEngagement() <= wholeSystemLowEngagementMax) {
            out.add(finding("no-whole-system-view/no-events-weak-engagement", "NO_WHOLE_SYSTEM_VIEW", "MINDSETS", "MEDIUM",
                    "There were " + le.wholeSystemEvents() + " whole-system events in the last 12 months (fewer than "
                            + n(minWholeSystemEvents) + ") and engagement of local people and front-line staff is rated "
                            + le.communityEngagement() + " of 5.",
                    "learning.wholeSystemEvents", le.wholeSystemEvents(), "learning.communityEngagement", le.communityEngagement()));
        }
    }

    private void partnershipStrain(Assessment a, List<Finding> out) {
        Timescales t = a.timescales();
        if (t != null && t.decisionTurnaroundDays() != null && t.partnerConsultationDays() != null
                && t.decisionTurnaroundDays() < t.partnerConsultationDays()) {
            out.add(finding("partnership-strain/no-time-to-consult", "PARTNERSHIP_STRAIN", "PROCESS", "HIGH",
                    "The centre allows " + t.decisionTurnaroundDays() + " days for a decision, but the partnership needs "
                            + t.partnerConsultationDays() + " days to consult its partners properly.",
                    "timescales.decisionTurnaroundDays", t.decisionTurnaroundDays(),
                    "timescales.partnerConsultationDays", t.partnerConsultationDays()));
        }
        Partnership pa = a.partnership();
        if (pa == null) {
            return;
        }
        if (pa.partnersConsultedPercent() != null && pa.partnersConsultedPercent() < minConsultedPercent) {
            out.add(finding("partnership-strain/partners-not-consulted", "PARTNERSHIP_STRAIN", "PROCESS", "MEDIUM",
                    "All partners were consulted on only " + n(pa.partnersConsultedPercent()) + "% of key decisions (less than "
                            + n(minConsultedPercent) + "%).",
                    "partnership.partnersConsultedPercent", pa.partnersConsultedPercent()));
        }
        if (pa.partnerCommitmentTrend() == PartnerCommitmentTrend.FALLING) {
            out.add(finding("partnership-strain/partner-commitment-falling", "PARTNERSHIP_STRAIN", "PROCESS", "HIGH",
                    "Partners' commitment over the last six months is FALLING.",
                    "partnership.partnerCommitmentTrend", pa.partnerCommitmentTrend()));
        }
        if (pa.trustBetweenPartners() != null && pa.trustBetweenPartners() <= lowTrustMax) {
            out.add(finding("partnership-strain/low-trust", "PARTNERSHIP_STRAIN", "PROCESS", "MEDIUM",
                    "Trust among the local partners is rated " + pa.trustBetweenPartners() + " of 5 (" + n(lowTrustMax) + " or below).",
                    "partnership.trustBetweenPartners", pa.trustBetweenPartners()));
        }
    }

    private void passiveCompliance(Assessment a, List<Finding> out) {
        Locality l = a.locality();
        if (l == null || l.seniorAttendancePercent() == null) {
            return;
        }
        double attendance = l.seniorAttendancePercent();
        if (attendance < mediumAttendancePercent && attendance >= highAttendancePercent) {
            out.add(finding("passive-compliance/leaders-often-absent", "PASSIVE_COMPLIANCE", "BEHAVIOURS", "MEDIUM",
                    "Chief executives and lead politicians attend " + n(attendance) + "% of board meetings (less than "
                            + n(mediumAttendancePercent) + "%).",
                    "locality.seniorAttendancePercent", l.seniorAttendancePercent()));
        }
        if (attendance < highAttendancePercent) {
            out.add(finding("passive-compliance/leaders-mostly-absent", "PASSIVE_COMPLIANCE", "BEHAVIOURS", "HIGH",
                    "Chief executives and lead politicians attend only " + n(attendance) + "% of board meetings (less than "
                            + n(highAttendancePercent) + "%).",
                    "locality.seniorAttendancePercent", l.seniorAttendancePercent()));
        }
    }

    private void pilotNotReplicable(Assessment a, List<Finding> out) {
        Programme p = a.programme();
        if (p == null || p.stage() != Stage.ROLL_OUT) {
            return;
        }
        RollOut ro = a.rollOut();
        if (ro != null && ro.pilotSelection() == PilotSelection.VOLUNTEER && ro.centralSupportChangePercent() != null
                && ro.centralSupportChangePercent() <= supportCutPercent) {
            out.add(finding("pilot-not-replicable/volunteer-pilots-support-cut", "PILOT_NOT_REPLICABLE", "PROCESS", "HIGH",
                    "The programme is rolling out from VOLUNTEER pilots while central support per locality has changed by "
                            + ro.centralSupportChangePercent() + "% (" + n(supportCutPercent) + "% or less).",
                    "programme.stage", p.stage(), "rollOut.pilotSelection", ro.pilotSelection(),
                    "rollOut.centralSupportChangePercent", ro.centralSupportChangePercent()));
        }
        Learning le = a.learning();
        if (le != null && Boolean.FALSE.equals(le.practiceExchangeActive())) {
            out.add(finding("pilot-not-replicable/practice-exchange-dropped", "PILOT_NOT_REPLICABLE", "PROCESS", "MEDIUM",
                    "The programme is at stage ROLL_OUT and localities no longer exchange practice regularly "
                            + "(practiceExchangeActive false).",
                    "programme.stage", p.stage(), "learning.practiceExchangeActive", false));
        }
    }

    private void politicalBacking(Assessment a, List<Finding> strengths) {
        Sponsorship sp = a.sponsorship();
        if (sp != null && sp.politicalBacking() == PoliticalBacking.STRONG) {
            strengths.add(strength("political-backing/strong-backing", "POLITICAL_BACKING", "MINDSETS",
                    "Backing from elected politicians, nationally and locally, is STRONG.", "sponsorship.politicalBacking",
                    sp.politicalBacking()));
        }
    }

    private void processHardening(Assessment a, List<Finding> out) {
        Reporting r = a.reporting();
        if (r == null || r.templatedReportingPercent() == null) {
            return;
        }
        double now = r.templatedReportingPercent();
        if (now >= maxTemplatedPercent) {
            out.add(finding("process-hardening/templates-replace-dialogue", "PROCESS_HARDENING", "PROCESS", "MEDIUM",
                    n(now) + "% of the exchange with the centre goes through templates and pro-formas rather than dialogue ("
                            + n(maxTemplatedPercent) + "% or more).",
                    "reporting.templatedReportingPercent", r.templatedReportingPercent()));
        }
        List<Snapshot> history = a.history();
        for (int i = 0; i < history.size(); i++) {
            Reporting earlier = history.get(i).reporting();
            if (earlier != null && earlier.templatedReportingPercent() == null) {
                break; // the earliest snapshot that reports on the section left the answer blank: not assessed
            }
            if (earlier != null) {
                if (now - earlier.templatedReportingPercent() >= templatedRiseInPoints) {
                    out.add(finding("process-hardening/templates-rising", "PROCESS_HARDENING", "PROCESS", "HIGH",
                            "Templates and pro-formas carried " + n(earlier.templatedReportingPercent())
                                    + "% of the exchange with the centre in the earliest snapshot and carry " + n(now)
                                    + "% now: a rise of " + n(templatedRiseInPoints) + " points or more.",
                            "history[" + i + "].reporting.templatedReportingPercent", earlier.templatedReportingPercent(),
                            "reporting.templatedReportingPercent", r.templatedReportingPercent()));
                }
                break;
            }
        }
    }

    private void programmeMindsetOnComplexProblem(Assessment a, List<Finding> out) {
        Programme p = a.programme();
        Locality l = a.locality();
        if (p == null || l == null || p.problemComplexity() != ProblemComplexity.COMPLEX) {
            return;
        }
        boolean rag = Boolean.TRUE.equals(l.ragStatusReporting());
        boolean fixedPlan = Boolean.TRUE.equals(l.fixedMilestonePlan());
        if (rag && fixedPlan) {
            out.add(finding("programme-mindset-on-complex-problem/rag-status-and-fixed-plan", "PROGRAMME_MINDSET_ON_COMPLEX_PROBLEM",
                    "MINDSETS", "HIGH", "The problem is COMPLEX, yet progress is governed by red/amber/green status reports and a "
                            + "fixed plan of milestones.",
                    "programme.problemComplexity", "COMPLEX", "locality.ragStatusReporting", true, "locality.fixedMilestonePlan", true));
        }
        if (rag) {
            out.add(finding("programme-mindset-on-complex-problem/rag-status-on-complex-problem",
                    "PROGRAMME_MINDSET_ON_COMPLEX_PROBLEM", "MINDSETS", "MEDIUM",
                    "The problem is COMPLEX, yet progress is governed by red/amber/green status reports.",
                    "programme.problemComplexity", "COMPLEX", "locality.ragStatusReporting", true));
        }
        if (fixedPlan) {
            out.add(finding("programme-mindset-on-complex-problem/fixed-plan-on-complex-problem",
                    "PROGRAMME_MINDSET_ON_COMPLEX_PROBLEM", "MINDSETS", "MEDIUM",
                    "The problem is COMPLEX, yet a fixed plan of milestones from A to B governs the work.",
                    "programme.problemComplexity", "COMPLEX", "locality.fixedMilestonePlan", true));
        }
    }

    private void relationshipsFirst(Assessment a, List<Finding> strengths) {
        Timescales t = a.timescales();
        if (t != null && t.relationshipBuildingMonths() != null && t.relationshipBuildingMonths() >= relationshipsFirstMonths) {
            strengths.add(strength("relationships-first/relationships-built-before-delivery", "RELATIONSHIPS_FIRST", "MINDSETS",
                    t.relationshipBuildingMonths() + " months were spent building agreement and relationships before delivery began ("
                            + n(relationshipsFirstMonths) + " or more).",
                    "timescales.relationshipBuildingMonths", t.relationshipBuildingMonths()));
        }
    }

    private void reportingOverload(Assessment a, List<Finding> out) {
        Reporting r = a.reporting();
        if (r == null) {
            return;
        }
        Integer requests = r.informationRequestsPerMonth();
        if (requests != null && requests >= maxRequests) {
            out.add(finding("reporting-overload/request-volume", "REPORTING_OVERLOAD", "PROCESS", "HIGH",
                    "The programme receives " + requests + " requests for information, meetings, reports and presentations a month ("
                            + n(maxRequests) + " or more).",
                    "reporting.informationRequestsPerMonth", requests));
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
        if (requests != null) {
            List<Snapshot> history = a.history();
            for (int i = 0; i < history.size(); i++) {
                Reporting earlier = history.get(i).reporting();
                if (earlier != null && earlier.informationRequestsPerMonth() != null) {
                    int before = earlier.informationRequestsPerMonth();
                    if (requests >= requestsRiseFactor * before && requests - before >= requestsMinimumRise) {
                        out.add(finding("reporting-overload/requests-rising", "REPORTING_OVERLOAD", "PROCESS", "MEDIUM",
                                "The programme received " + before + " requests for information a month in the earliest snapshot "
                                        + "and receives " + requests + " now: at least " + n(requestsRiseFactor) + " times as many and "
                                        + n(requestsMinimumRise) + " or more a month extra.",
                                "history[" + i + "].reporting.informationRequestsPerMonth", before,
                                "reporting.informationRequestsPerMonth", requests));
                    }
                    break;
                }
            }
        }
    }

    private void ringFencedResources(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        if (c != null && c.ringFencedFundingPercent() != null && c.ringFencedFundingPercent() >= maxRingFencedPercent) {
            out.add(finding("ring-fenced-resources/funding-mostly-ring-fenced", "RING_FENCED_RESOURCES", "DRIVERS", "MEDIUM",
                    n(c.ringFencedFundingPercent()) + "% of the programme's money is restricted to set purposes ("
                            + n(maxRingFencedPercent) + "% or more).",
                    "centre.ringFencedFundingPercent", c.ringFencedFundingPercent()));
        }
    }

    private void rushedStart(Assessment a, List<Finding> out) {
        Timescales t = a.timescales();
        if (t != null && t.relationshipBuildingMonths() != null && t.relationshipBuildingMonths() < rushedStartMonths) {
            out.add(finding("rushed-start/little-relationship-building", "RUSHED_START", "MINDSETS", "MEDIUM",
                    "Only " + t.relationshipBuildingMonths() + " months were spent building agreement and relationships before "
                            + "delivery began (less than " + n(rushedStartMonths) + ").",
                    "timescales.relationshipBuildingMonths", t.relationshipBuildingMonths()));
        }
    }

    private void savingsCrowdOutOutcomes(Assessment a, List<Finding> out) {
        Programme p = a.programme();
        if (p == null || p.primaryAim() == null) {
            return;
        }
        Learning le = a.learning();
        boolean weakEngagement = le != null && le.communityEngagement() != null && le.communityEngagement() <= savingsLowEngagementMax;
        if (p.primaryAim() == PrimaryAim.SAVINGS) {
            if (weakEngagement) {
                out.add(finding("savings-crowd-out-outcomes/savings-led-weak-engagement", "SAVINGS_CROWD_OUT_OUTCOMES", "MINDSETS",
                        "HIGH", "The programme's main aim is SAVINGS and engagement of local people and front-line staff is rated "
                                + le.communityEngagement() + " of 5 (" + n(savingsLowEngagementMax) + " or below).",
                        "programme.primaryAim", p.primaryAim(), "learning.communityEngagement", le.communityEngagement()));
            }
            out.add(finding("savings-crowd-out-outcomes/savings-led", "SAVINGS_CROWD_OUT_OUTCOMES", "MINDSETS", "LOW",
                    "The programme's main aim is SAVINGS, where the earlier successes the report describes focused on outcomes "
                            + "for local people.",
                    "programme.primaryAim", p.primaryAim()));
        }
        if (p.primaryAim() == PrimaryAim.BOTH && weakEngagement) {
            out.add(finding("savings-crowd-out-outcomes/savings-added-weak-engagement", "SAVINGS_CROWD_OUT_OUTCOMES", "MINDSETS",
                    "MEDIUM", "The programme pursues BOTH outcomes and savings, and engagement of local people and front-line staff "
                            + "is rated " + le.communityEngagement() + " of 5 (" + n(savingsLowEngagementMax) + " or below).",
                    "programme.primaryAim", p.primaryAim(), "learning.communityEngagement", le.communityEngagement()));
        }
    }

    private void shortLivedInitiative(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        if (c != null && c.expectedLifespanMonths() != null && c.expectedLifespanMonths() < minLifespanMonths) {
            out.add(finding("short-lived-initiative/expected-to-last-under-two-years", "SHORT_LIVED_INITIATIVE", "DRIVERS", "HIGH",
                    "The initiative is expected to last " + c.expectedLifespanMonths() + " months, less than the "
                            + n(minLifespanMonths) + " months the report says almost anything worth doing needs.",
                    "centre.expectedLifespanMonths", c.expectedLifespanMonths()));
        }
    }

    private void siloedCentre(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        if (c == null || c.departmentsInvolved() == null || c.departmentsSeeingBenefit() == null
                || c.departmentsInvolved() < siloedMinDepartments) {
            return;
        }
        int involved = c.departmentsInvolved();
        int seeing = c.departmentsSeeingBenefit();
        if (seeing < siloedHighRatio * involved) {
            out.add(finding("siloed-centre/few-departments-see-benefit", "SILOED_CENTRE", "DRIVERS", "HIGH",
                    "Only " + seeing + " of the " + involved + " departments involved have said what they gain from the programme "
                            + "(a share below " + n(siloedHighRatio) + ").",
                    "centre.departmentsInvolved", involved, "centre.departmentsSeeingBenefit", seeing));
        }
        if (seeing >= siloedHighRatio * involved && seeing < siloedLowRatio * involved) {
            out.add(finding("siloed-centre/some-departments-see-no-benefit", "SILOED_CENTRE", "DRIVERS", "LOW",
                    seeing + " of the " + involved + " departments involved have said what they gain from the programme: a share of "
                            + n(siloedHighRatio) + " or more, but not all of them.",
                    "centre.departmentsInvolved", involved, "centre.departmentsSeeingBenefit", seeing));
        }
    }

    private void sustainedSeniorEngagement(Assessment a, List<Finding> strengths) {
        Sponsorship sp = a.sponsorship();
        if (sp == null) {
            return;
        }
        SeniorSponsor sponsor = sp.seniorSponsor();
        boolean senior = sponsor == SeniorSponsor.MINISTER || sponsor == SeniorSponsor.PERMANENT_SECRETARY
                || sponsor == SeniorSponsor.DIRECTOR_GENERAL;
        if (senior && sp.sponsorChangesLast12Months() != null && sp.seniorEngagementsLast3Months() != null
                && sp.sponsorChangesLast12Months() <= sustainedMaxSponsorChanges
                && sp.seniorEngagementsLast3Months() >= sustainedMinSeniorEngagements) {
            strengths.add(strength("sustained-senior-engagement/senior-stable-and-engaged", "SUSTAINED_SENIOR_ENGAGEMENT", "PROCESS",
                    "The programme is owned by a " + sponsor + ", its owner changed " + sp.sponsorChangesLast12Months()
                            + " times in 12 months and senior sponsors met the localities " + sp.seniorEngagementsLast3Months()
                            + " times in the last 3 months (" + n(sustainedMinSeniorEngagements) + " or more).",
                    "sponsorship.seniorSponsor", sponsor, "sponsorship.sponsorChangesLast12Months", sp.sponsorChangesLast12Months(),
                    "sponsorship.seniorEngagementsLast3Months", sp.seniorEngagementsLast3Months()));
        }
    }

    private void targetRedefinition(Assessment a, List<Finding> out) {
        Centre c = a.centre();
        if (c == null || c.targetRedefinitions() == null) {
            return;
        }
        int redefinitions = c.targetRedefinitions();
        if (redefinitions >= mediumRedefinitions && redefinitions < highRedefinitions) {
            out.add(finding("target-redefinition/target-redefined-once", "TARGET_REDEFINITION", "PROCESS", "MEDIUM",
                    "The centre has redefined, widened or replaced the target the locality chose " + redefinitions
                            + " time, short of the " + n(highRedefinitions) + " that make a pattern.",
                    "centre.targetRedefinitions", redefinitions));
        }
        if (redefinitions >= highRedefinitions && redefinitions < criticalRedefinitions) {
            out.add(finding("target-redefinition/target-redefined-repeatedly", "TARGET_REDEFINITION", "PROCESS", "HIGH",
                    "The centre has redefined, widened or replaced the target the locality chose " + redefinitions + " times ("
                            + n(highRedefinitions) + " or more).",
                    "centre.targetRedefinitions", redefinitions));
        }
        if (redefinitions >= criticalRedefinitions) {
            out.add(finding("target-redefinition/health-action-zone-pattern", "TARGET_REDEFINITION", "PROCESS", "CRITICAL",
                    "The centre has redefined, widened or replaced the target the locality chose " + redefinitions + " times ("
                            + n(criticalRedefinitions) + " or more): in the Health Action Zone story three redefinitions ended "
                            + "with the boroughs giving up.",
                    "centre.targetRedefinitions", redefinitions));
        }
    }

    private void tightLooseTight(Assessment a, List<Finding> strengths) {
        Centre c = a.centre();
        if (c != null && Boolean.TRUE.equals(c.outcomesAgreed()) && Boolean.FALSE.equals(c.prescribesProcess())
                && Boolean.TRUE.equals(c.outcomesEvaluated())) {
            strengths.add(strength("tight-loose-tight/outcomes-agreed-process-free", "TIGHT_LOOSE_TIGHT", "DRIVERS",
                    "Explicit outcomes are agreed, the centre does not prescribe how localities work, and an evaluation "
                            + "checks whether the outcomes were achieved.",
                    "centre.outcomesAgreed", true, "centre.prescribesProcess", false, "centre.outcomesEvaluated", true));
        }
    }

    private void underInvestmentInLearning(Assessment a, List<Finding> out) {
        Learning le = a.learning();
        if (le != null && le.learningBudgetPercent() != null && Boolean.FALSE.equals(le.learningLog())
                && le.learningBudgetPercent() < weakLearningBudget) {
            out.add(finding("under-investment-in-learning/small-budget-no-learning-log", "UNDER_INVESTMENT_IN_LEARNING", "MINDSETS",
                    "MEDIUM", n(le.learningBudgetPercent()) + "% of the budget goes on learning (less than " + n(weakLearningBudget)
                            + "%) and there is no shared learning log.",
                    "learning.learningBudgetPercent", le.learningBudgetPercent(), "learning.learningLog", false));
        }
    }

    private void unheldTensions(Assessment a, List<Finding> out) {
        Learning le = a.learning();
        if (le == null || le.spaceForDialogue() == null || le.spaceForDialogue() > lowDialogueMax) {
            return;
        }
        out.add(finding("unheld-tensions/no-space-for-dialogue", "UNHELD_TENSIONS", "LEADERSHIP", "MEDIUM",
                "The space where centre and localities can surface tensions and disagreements is rated " + le.spaceForDialogue()
                        + " of 5 (" + n(lowDialogueMax) + " or below).",
                "learning.spaceForDialogue", le.spaceForDialogue()));
        Programme p = a.programme();
        if (p != null && Boolean.TRUE.equals(p.aimsConflict())) {
            out.add(finding("unheld-tensions/contradictory-aims-without-dialogue", "UNHELD_TENSIONS", "LEADERSHIP", "HIGH",
                    "The sponsors want things from the programme that pull against each other, yet the space to surface "
                            + "those tensions is rated " + le.spaceForDialogue() + " of 5 (" + n(lowDialogueMax) + " or below).",
                    "learning.spaceForDialogue", le.spaceForDialogue(), "programme.aimsConflict", true));
        }
    }

    private void unrealisticTimescales(Assessment a, List<Finding> out) {
        Timescales t = a.timescales();
        if (t == null) {
            return;
        }
        if (t.partnershipAgeMonths() != null && t.monthsUntilResultsExpected() != null
                && t.partnershipAgeMonths() + t.monthsUntilResultsExpected() < maturityMonths) {
            out.add(finding("unrealistic-timescales/partnership-horizon", "UNREALISTIC_TIMESCALES", "PROCESS", "HIGH",
                    "Results are expected when the partnership will be " + t.partnershipAgeMonths() + " + "
                            + t.monthsUntilResultsExpected() + " months old, short of the " + n(maturityMonths)
                            + " months research says a good partnership needs before it changes delivery.",
                    "timescales.partnershipAgeMonths", t.partnershipAgeMonths(),
                    "timescales.monthsUntilResultsExpected", t.monthsUntilResultsExpected()));
        }
        if (Boolean.TRUE.equals(t.abolitionDiscussed()) && t.partnershipAgeMonths() != null
                && t.partnershipAgeMonths() < prematureClosureMonths) {
            out.add(finding("unrealistic-timescales/closure-discussed-early", "UNREALISTIC_TIMESCALES", "PROCESS", "CRITICAL",
                    "The centre has discussed abolishing or replacing the programme while its partnership is only "
                            + t.partnershipAgeMonths() + " months old (under " + n(prematureClosureMonths) + ").",
                    "timescales.abolitionDiscussed", true, "timescales.partnershipAgeMonths", t.partnershipAgeMonths()));
        }
        Programme p = a.programme();
        if (p != null && p.problemComplexity() == ProblemComplexity.COMPLEX && t.monthsUntilResultsExpected() != null
                && t.monthsUntilResultsExpected() < complexResultsMonths) {
            out.add(finding("unrealistic-timescales/complex-problem-in-months", "UNREALISTIC_TIMESCALES", "PROCESS", "HIGH",
                    "The problem is COMPLEX, yet results are expected in " + t.monthsUntilResultsExpected() + " months (under "
                            + n(complexResultsMonths) + ").",
                    "programme.problemComplexity", "COMPLEX", "timescales.monthsUntilResultsExpected",
                    t.monthsUntilResultsExpected()));
        }
    }

    private static final Map<String, Integer> PENALTY = Map.of("LOW", 5, "MEDIUM", 10, "HIGH", 20, "CRITICAL", 35);

    /** The engine's scoring, by hand: a sign costs its theme its worst penalty, once; strengths add nothing. */
    private static Result score(String id, List<Finding> findings, List<Finding> strengths) {
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
        return new Result(id, findings, strengths, themes, Math.round(sum / (float) themes.size()));
    }

    private static Finding finding(String id, String sign, String theme, String severity, String message, Object... evidence) {
        return new Finding(id, sign, theme, severity, message, evidence(evidence));
    }

    private static Finding strength(String id, String sign, String theme, String message, Object... evidence) {
        return new Finding(id, sign, theme, null, message, evidence(evidence));
    }

    private static Map<String, Object> evidence(Object... pathsAndValues) {
        Map<String, Object> e = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            e.put((String) pathsAndValues[i], pathsAndValues[i + 1] instanceof Enum<?> en ? en.name() : pathsAndValues[i + 1]);
        }
        return e;
    }

    private static String n(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
