package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.programmehealth.RuleInfo;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Theme;

/**
 * The worked example of {@code docs/scoring.md}: the method as the page states it, recomputed
 * here from the report's diagnostics, must give the scores and coverage the engine reports, and
 * the page must show that arithmetic. (That the committed page is the generated one is
 * {@link CatalogueDocsTest#committedCatalogueDocs_matchWhatTheRulesGenerate}.)
 */
class ScoringExampleTest {

    private static Report report;
    private static String page;

    @BeforeAll
    static void assess() {
        report = Catalogue.engine().assess(Catalogue.engine().parse(CatalogueDocsTest.scoringExampleJson(),
                CatalogueDocsTest.SCORING_EXAMPLE_SOURCE));
        page = CatalogueDocsTest.generated().get("scoring.md");
    }

    @Test
    void scoringExample_firesSeveralSigns_oneOfThemTwice_andLeavesARuleNotAssessed() {
        Map<String, Long> perSign = new LinkedHashMap<>();
        report.diagnostics().forEach(d -> perSign.merge(d.sign(), 1L, Long::sum));
        assertThat(perSign).as("diagnostics per sign").hasSizeGreaterThanOrEqualTo(3);
        assertThat(perSign.values()).as("a sign that fires twice shows that a sign costs once").contains(2L);
        assertThat(report.diagnostics().stream().map(Diagnostic::theme).distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.notAssessed()).as("not assessed rules show coverage below 1").isNotEmpty();
    }

    @Test
    void scoringWorkedExample_arithmeticOfTheStatedMethodGivesTheScoresAndCoverageTheEngineReports() {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Catalogue.engine().rules().forEach(r -> rules.put(r.id(), r));
        Set<String> notAssessed = new HashSet<>();
        report.notAssessed().stream().map(NotAssessed::ruleId).forEach(notAssessed::add);
        // a sign costs once: the most severe of its rules that fired or could not be assessed
        Map<String, Integer> foundCost = new LinkedHashMap<>();
        Map<String, Integer> signCost = new LinkedHashMap<>();
        Severity worstFound = null;
        Severity worst = null;
        for (Diagnostic d : report.diagnostics()) {
            foundCost.merge(d.sign(), d.severity().penalty(), Math::max);
            signCost.merge(d.sign(), d.severity().penalty(), Math::max);
            worstFound = max(worstFound, d.severity());
        }
        worst = worstFound;
        for (String id : notAssessed) {
            RuleInfo r = rules.get(id);
            if (!r.isStrength()) {
                signCost.merge(r.sign(), r.severity().penalty(), Math::max);
                worst = max(worst, r.severity());
            }
        }
        List<Integer> fine = new ArrayList<>();
        List<Integer> fire = new ArrayList<>();
        for (Theme t : Theme.values()) {
            List<RuleInfo> warnings = rules.values().stream().filter(r -> !r.isStrength() && r.theme() == t).toList();
            Set<String> signs = new HashSet<>();
            warnings.forEach(r -> signs.add(r.sign()));
            int lostFound = signs.stream().mapToInt(sg -> foundCost.getOrDefault(sg, 0)).sum();
            int lostAll = signs.stream().mapToInt(sg -> signCost.getOrDefault(sg, 0)).sum();
            Integer expected = warnings.isEmpty() ? null : Math.max(0, 100 - lostAll);
            assertThat(report.score().themes().get(t)).as("score of %s", t).isEqualTo(expected);
            if (expected != null) {
                fine.add(Math.max(0, 100 - lostFound));
                fire.add(expected);
                assertThat(row(t)).as("the page's row for %s", t).endsWith(" = " + (100 - lostAll)
                        + (100 - lostAll < 0 ? ", floored at 0" : "") + " | " + expected + " |");
            }
        }
        Integer overall = capped(mean(fire), worst);
        Integer ifFine = capped(mean(fine), worstFound);
        assertThat(report.score().overall()).as("overall").isEqualTo(overall);
        assertThat(report.score().range().ifUnansweredFire()).isEqualTo(overall);
        assertThat(report.score().range().ifUnansweredFine()).isEqualTo(ifFine);
        assertThat(page).contains("The report says: **" + overall + "**.")
                .contains("The report's range says: **" + ifFine + "** if every unanswered rule found nothing, **" + overall + "**");
        for (Diagnostic d : report.diagnostics()) {
            boolean payer = report.diagnostics().stream().filter(x -> x.sign().equals(d.sign())).findFirst().orElseThrow() == d;
            assertThat(d.penalty()).as("penalty of %s", d.ruleId()).isEqualTo(payer ? d.severity().penalty() : 0);
        }
        int unansweredPoints = report.notAssessed().stream().mapToInt(NotAssessed::penalty).sum();
        int foundPoints = report.diagnostics().stream().mapToInt(Diagnostic::penalty).sum();
        assertThat(foundPoints + unansweredPoints).as("every point lost traces to one entry")
                .isEqualTo(signCost.values().stream().mapToInt(Integer::intValue).sum());

        long assessable = rules.keySet().stream().filter(id -> !notAssessed.contains(id)).count();
        double coverage = BigDecimal.valueOf(assessable)
                .divide(BigDecimal.valueOf(rules.size()), 2, RoundingMode.HALF_UP).doubleValue();
        assertThat(report.coverage()).as("coverage").isEqualTo(coverage);
        assertThat(page).contains(assessable + " of the " + rules.size() + " rules that apply had every answer",
                "The report says: **" + coverage + "**.");
    }

    private static Severity max(Severity a, Severity b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static Integer mean(List<Integer> scores) {
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return scores.isEmpty() ? null : BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(scores.size()), 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The method's caps: 50 under a CRITICAL warning, 75 under a HIGH one. */
    private static Integer capped(Integer mean, Severity worst) {
        if (mean == null || worst == null) {
            return mean;
        }
        return worst == Severity.CRITICAL ? Math.min(mean, 50) : worst == Severity.HIGH ? Math.min(mean, 75) : mean;
    }

    @Test
    void scoringPage_listsEveryDiagnosticWithItsPenalty_andEveryRuleNotAssessed() {
        for (Diagnostic d : report.diagnostics()) {
            assertThat(page).contains("| `" + d.ruleId() + "` | ").containsPattern(
                    "\\| `" + d.ruleId() + "` \\| [^\\n]* \\| " + d.severity() + " \\| " + d.penalty() + " \\| ");
        }
        report.notAssessed().forEach(n -> assertThat(page).contains("| `" + n.ruleId() + "` | `" + n.missing().get(0)));
    }

    private static String row(Theme t) {
        return page.lines().filter(l -> l.startsWith("| " + t + " | ")).findFirst().orElseThrow();
    }
}
