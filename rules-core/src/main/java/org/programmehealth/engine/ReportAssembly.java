package org.programmehealth.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.programmehealth.input.FieldPaths;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.ProgrammeRef;
import org.programmehealth.report.Report;
import org.programmehealth.report.Score;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.Theme;
import org.programmehealth.report.Waiver;
import org.programmehealth.report.WaiverStatus;
import org.programmehealth.rules.Matches;

/**
 * The report from a session's matches: diagnostics (with the waiver that covers each) and
 * strengths with their evidence, in a fixed order; the rules not assessed; the scores; coverage;
 * and what became of each waiver.
 */
final class ReportAssembly {

    /** Most severe first, then theme, then rule id: the order of every report, of one response or several. */
    static final Comparator<Diagnostic> DIAGNOSTIC_ORDER = (x, y) -> {
        int c = Integer.compare(y.severity().ordinal(), x.severity().ordinal());
        if (c == 0) {
            c = x.theme().compareTo(y.theme());
        }
        return c != 0 ? c : x.ruleId().compareTo(y.ruleId());
    };

    /** Most severe first, and nothing else: on a list by theme and then id, a stable sort by it gives {@link #DIAGNOSTIC_ORDER}. */
    private static final Comparator<Diagnostic> MOST_SEVERE_FIRST = (x, y) -> Integer.compare(y.severity().ordinal(), x.severity().ordinal());

    private final CompiledRules rules;
    private final CatalogueInfo catalogue;
    private final Tailoring tailoring;
    private final List<Waiver> waivers;
    /** How many rules in force compare several responses: out of scope for one response. */
    private final int comparing;
    /** The themes scored when every rule applies (see {@link #scoredThemes}). */
    private final Set<Theme> scoredThemes;

    ReportAssembly(CompiledRules rules, CatalogueInfo catalogue, Tailoring tailoring, List<Waiver> waivers) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.tailoring = tailoring;
        this.waivers = List.copyOf(waivers);
        int n = 0;
        for (CompiledRule c : rules.ordered()) {
            n += compares(c) ? 1 : 0;
        }
        this.comparing = n;
        this.scoredThemes = java.util.Collections.unmodifiableSet(scoredThemes(List.of()));
    }

    /** The themes of the warning rules that count in the score, less those of rules that do not apply. */
    private Set<Theme> scoredThemes(List<NotApplicable> notApplicable) {
        Set<String> inapplicable = new HashSet<>();
        notApplicable.forEach(n -> inapplicable.add(n.ruleId()));
        Set<Theme> scored = EnumSet.noneOf(Theme.class);
        for (CompiledRule c : rules.ordered()) {
            if (!c.def().isStrength() && !inapplicable.contains(c.def().id()) && !compares(c)) {
                scored.add(c.def().theme());
            }
        }
        return scored;
    }

    /** True for a rule that compares the answers of several responses ({@link Perspectives}). */
    static boolean compares(CompiledRule c) {
        return c.compares();
    }

    /**
     * The report of one assessment from the matches of its rule session.
     *
     * @param notAssessed   the rules that apply but lack answers, by theme and then id ({@link CompiledRules#byTheme})
     * @param notApplicable the rules that do not apply, in the same order
     */
    Report report(FieldPaths.Answers answers, Matches out, boolean[] assessable, int assessableCount, List<NotAssessed> notAssessed,
                  List<NotApplicable> notApplicable) {
        Assessment a = answers.assessment();
        CompiledRule[] ordered = rules.ordered();
        // the first match of each rule that fired, by the rule's index
        Matches.Match[] first = new Matches.Match[ordered.length];
        for (Matches.Match m : out.all()) {
            CompiledRule c = rules.get(m.rule());
            if (c != null && first[c.index()] == null) {
                first[c.index()] = m;
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Strength> strengths = new ArrayList<>();
        LocalDate assessedOn = a.programme().assessedOn();
        List<List<String>> waived = new ArrayList<>(waivers.size());
        waivers.forEach(w -> waived.add(new ArrayList<>()));
        // by theme, then id: the strengths come out in the report's order, the diagnostics need only
        // a stable sort by severity to be in DIAGNOSTIC_ORDER
        for (CompiledRule c : rules.byTheme()) {
            Matches.Match m = first[c.index()];
            if (m == null) {
                continue;
            }
            RuleDefinition r = c.def();
            List<Evidence> evidence = EvidenceBuilder.evidence(c, answers, m.snapshots());
            String message = c.message().fill(answers, m.snapshots());
            if (r.isStrength()) {
                strengths.add(new Strength(r.id(), r.sign(), r.theme(), r.title(), message, evidence, r.source()));
            } else {
                Waiver waiver = null;
                for (int i = 0; i < waivers.size(); i++) {
                    Waiver w = waivers.get(i);
                    if (w.covers(r.id(), r.sign()) && !w.expiredOn(assessedOn)) {
                        waived.get(i).add(r.id());
                        if (waiver == null) {
                            waiver = w;
                        }
                    }
                }
                diagnostics.add(new Diagnostic(r.id(), r.sign(), r.theme(), r.severity(), r.title(), message, evidence,
                        r.recommendation(), r.source(), 0, waiver, null));
            }
        }
        diagnostics.sort(MOST_SEVERE_FIRST);
        List<Diagnostic> charged = Scoring.charge(diagnostics);
        // every warning rule that applies but could not be assessed is charged as if it had fired
        List<Scoring.Unanswered> unanswered = new ArrayList<>(notAssessed.size());
        for (NotAssessed n : notAssessed) {
            RuleDefinition r = rules.get(n.ruleId()).def();
            if (!r.isStrength()) {
                boolean isWaived = false;
                for (Waiver w : waivers) {
                    isWaived |= w.covers(r.id(), r.sign()) && !w.expiredOn(assessedOn);
                }
                unanswered.add(new Scoring.Unanswered(n, r.theme(), r.severity(), isWaived));
            }
        }
        Set<Theme> scored = notApplicable.isEmpty() ? scoredThemes : scoredThemes(notApplicable);
        Scoring.Outcome outcome = Scoring.score(charged, unanswered, scored);
        Score score = outcome.score();
        if (!unanswered.isEmpty()) {
            Map<String, NotAssessed> byId = new HashMap<>();
            outcome.charged().forEach(n -> byId.put(n.ruleId(), n));
            notAssessed.replaceAll(n -> byId.getOrDefault(n.ruleId(), n));
        }
        // what does not apply is left out of coverage, as of the score
        int applicable = ordered.length - notApplicable.size() - comparing;
        double coverage = applicable == 0 ? 1.0 : BigDecimal.valueOf(assessableCount)
                .divide(BigDecimal.valueOf(applicable), 2, RoundingMode.HALF_UP).doubleValue();
        List<WaiverStatus> statuses = new ArrayList<>(waivers.size());
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            WaiverStatus.Status status = w.expiredOn(assessedOn) ? WaiverStatus.Status.EXPIRED
                    : waived.get(i).isEmpty() ? WaiverStatus.Status.UNUSED : WaiverStatus.Status.APPLIED;
            List<String> ids = waived.get(i);
            ids.sort(null);
            statuses.add(new WaiverStatus(w, status, ids));
        }
        return new Report(Report.VERSION, catalogue, tailoring,
                new ProgrammeRef(a.programme().id(), a.programme().name(), a.programme().assessedOn()),
                score, coverage, charged, strengths, notAssessed, notApplicable, statuses);
    }
}
