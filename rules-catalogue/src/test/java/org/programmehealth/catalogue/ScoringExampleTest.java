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
        Set<String> notAssessed = new HashSet<>();
        report.notAssessed().stream().map(NotAssessed::ruleId).forEach(notAssessed::add);
        Set<String> charged = new HashSet<>();
        List<Integer> themeScores = new ArrayList<>();
        for (Theme t : Theme.values()) {
            List<RuleInfo> warnings = Catalogue.engine().rules().stream().filter(r -> !r.isStrength() && r.theme() == t).toList();
            long assessed = warnings.stream().filter(r -> !notAssessed.contains(r.id())).count();
            // a theme is scored only when at least half of its warning rules could be assessed
            boolean assessable = assessed > 0 && 2 * assessed >= warnings.size();
            // a sign costs once: its most severe diagnostic, which comes first in the report's order
            List<Integer> penalties = new ArrayList<>();
            for (Diagnostic d : report.diagnostics()) {
                if (d.theme() == t && charged.add(d.sign())) {
                    penalties.add(d.severity().penalty());
                    assertThat(d.penalty()).as("penalty of %s", d.ruleId()).isEqualTo(d.severity().penalty());
                } else if (d.theme() == t) {
                    assertThat(d.penalty()).as("penalty of %s, whose sign already costs", d.ruleId()).isZero();
                }
            }
            Integer expected = assessable ? Math.max(0, 100 - penalties.stream().mapToInt(Integer::intValue).sum()) : null;
            assertThat(report.score().themes().get(t)).as("score of %s", t).isEqualTo(expected);
            if (expected != null) {
                themeScores.add(expected);
                StringBuilder arithmetic = new StringBuilder("100");
                penalties.forEach(p -> arithmetic.append(" - ").append(p));
                int raw = 100 - penalties.stream().mapToInt(Integer::intValue).sum();
                assertThat(row(t)).as("the page's row for %s", t).contains(arithmetic + " = " + raw)
                        .endsWith(" | " + expected + " |");
            } else {
                assertThat(row(t)).as("the page's row for %s", t).endsWith(": null | null |");
            }
        }
        int sum = themeScores.stream().mapToInt(Integer::intValue).sum();
        Integer overall = themeScores.isEmpty() ? null : BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(themeScores.size()), 0, RoundingMode.HALF_UP).intValueExact();
        assertThat(report.score().overall()).as("overall").isEqualTo(overall);
        assertThat(page).contains("rounded half up: " + overall + ". The report says: **" + overall + "**.");

        long assessable = Catalogue.engine().rules().stream().map(RuleInfo::id).filter(id -> !notAssessed.contains(id)).count();
        double coverage = BigDecimal.valueOf(assessable)
                .divide(BigDecimal.valueOf(Catalogue.engine().rules().size()), 2, RoundingMode.HALF_UP).doubleValue();
        assertThat(report.coverage()).as("coverage").isEqualTo(coverage);
        assertThat(page).contains(assessable + " of the " + Catalogue.engine().rules().size() + " rules had every answer",
                "The report says: **" + coverage + "**.");
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
