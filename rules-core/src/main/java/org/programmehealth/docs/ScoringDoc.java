package org.programmehealth.docs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.programmehealth.RuleInfo;
import org.programmehealth.input.Json;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Theme;

/**
 * The scoring method for an auditor, with a worked example: the engine's report on a real
 * assessment, every diagnostic with its penalty, and the arithmetic from penalties to scores.
 * The arithmetic is written out from the diagnostics; the scores beside it are the report's, so
 * the page shows at once if the two ever disagree.
 */
public final class ScoringDoc {

    private ScoringDoc() {
    }

    /** " = 57.5", or " = about 0.8667" when four decimals do not give the quotient exactly. */
    private static String quotient(int dividend, int divisor) {
        BigDecimal q = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 4, RoundingMode.HALF_UP);
        boolean exact = q.multiply(BigDecimal.valueOf(divisor)).compareTo(BigDecimal.valueOf(dividend)) == 0;
        return (exact ? " = " : " = about ") + q.stripTrailingZeros().toPlainString();
    }

    private static String pretty(String json) {
        try {
            return Json.write(Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment the engine has read cannot be read again", e);
        }
    }

    /** The method, as numbered Markdown steps and the penalty table. */
    static String method() {
        StringBuilder s = new StringBuilder();
        List<String> steps = Words.scoringMethod();
        for (int i = 0; i < steps.size(); i++) {
            s.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        s.append("\n| Severity | Penalty (points off its theme) |\n|---|---|\n");
        for (Severity sev : Severity.values()) {
            s.append("| ").append(sev).append(" | ").append(sev.penalty()).append(" |\n");
        }
        return s.append('\n').toString();
    }

    /**
     * The scoring page.
     *
     * @param exampleSource where the example assessment lives, as the reader should look for it
     * @param exampleJson   the example assessment, as the engine read it
     * @param report        the engine's report on it
     */
    public static String markdown(DocsModel m, String exampleSource, String exampleJson, Report report) {
        StringBuilder s = new StringBuilder(MarkdownDocs.header());
        s.append("# How a report is scored\n\n")
                .append("The scoring method, for an auditor. Penalties are read from the engine's `Severity`; the worked example ")
                .append("is the engine's own report on a real assessment, regenerated and checked by the build, so this page ")
                .append("cannot drift from what the engine does. [All signs](README.md)\n\n")
                .append("## The method\n\n").append(method());

        s.append("## Worked example\n\n")
                .append("The assessment `").append(exampleSource).append("` (programme `").append(report.programme().id())
                .append("`, ").append(report.programme().name()).append(", assessed on ").append(report.programme().assessedOn())
                .append("), run against catalogue ").append(report.catalogue().version()).append(" (")
                .append(report.catalogue().rules()).append(" rules):\n\n")
                .append("<details><summary>The assessment</summary>\n\n```json\n").append(pretty(exampleJson)).append("```\n\n</details>\n\n");

        s.append("### Every diagnostic and its penalty\n\n")
                .append("In the report's order: most severe first, then theme, then rule id. ")
                .append("The first diagnostic of a sign pays its penalty; the sign's others pay 0.\n\n")
                .append("| # | Rule | Sign | Theme | Severity | Penalty | Why |\n|---|---|---|---|---|---|---|\n");
        Map<String, Diagnostic> payer = new HashMap<>();
        int n = 0;
        for (Diagnostic d : report.diagnostics()) {
            Diagnostic first = payer.putIfAbsent(d.sign(), d);
            String why = first == null ? "the most severe diagnostic of its sign"
                    : "its sign already costs " + first.penalty() + ", through `" + first.ruleId() + "`";
            s.append("| ").append(++n).append(" | `").append(d.ruleId()).append("` | ").append(MarkdownDocs.signLink(d.sign()))
                    .append(" | ").append(d.theme()).append(" | ").append(d.severity()).append(" | ").append(d.penalty())
                    .append(" | ").append(why).append(" |\n");
        }
        if (report.diagnostics().isEmpty()) {
            s.append("| – | none | | | | 0 | |\n");
        }

        Set<String> notAssessed = new HashSet<>();
        report.notAssessed().forEach(x -> notAssessed.add(x.ruleId()));
        s.append("\n### Theme scores\n\n")
                .append("| Theme | Warning rules | Could be assessed | Arithmetic | Score in the report |\n|---|---|---|---|---|\n");
        int sum = 0;
        int count = 0;
        StringBuilder terms = new StringBuilder();
        for (Theme t : Theme.values()) {
            List<RuleInfo> warnings = m.rules().stream().filter(r -> !r.isStrength() && r.theme() == t).toList();
            long assessed = warnings.stream().filter(r -> !notAssessed.contains(r.id())).count();
            List<Integer> penalties = report.diagnostics().stream().filter(d -> d.theme() == t && d.penalty() > 0)
                    .map(Diagnostic::penalty).toList();
            String arithmetic;
            if (assessed == 0 || assessed < org.programmehealth.engine.Scoring.MIN_THEME_COVERAGE * warnings.size()) {
                arithmetic = warnings.isEmpty() ? "no warning rule of this theme in the catalogue: null"
                        : assessed == 0 ? "none of its warning rules could be assessed: null"
                        : "fewer than half of its warning rules could be assessed: null";
            } else {
                int raw = 100 - penalties.stream().mapToInt(Integer::intValue).sum();
                StringBuilder a = new StringBuilder("100");
                penalties.forEach(p -> a.append(" - ").append(p));
                a.append(" = ").append(raw);
                if (raw < 0) {
                    a.append(", floored at 0");
                }
                arithmetic = a.toString();
                int score = Math.max(0, raw);
                sum += score;
                count++;
                terms.append(terms.isEmpty() ? "" : " + ").append(score);
            }
            s.append("| ").append(t).append(" | ").append(warnings.size()).append(" | ").append(assessed).append(" | ")
                    .append(arithmetic).append(" | ").append(report.score().themes().get(t)).append(" |\n");
        }

        s.append("\n### Overall\n\n");
        if (count == 0) {
            s.append("No theme could be scored, so the overall score is null. The report says: **")
                    .append(report.score().overall()).append("**.\n\n");
        } else {
            s.append("The mean of the ").append(count).append(" themes that are not null: (").append(terms).append(") / ")
                    .append(count).append(quotient(sum, count)).append(", rounded half up: ")
                    .append(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP))
                    .append(". The report says: **").append(report.score().overall()).append("**.\n\n");
        }

        s.append("### Strengths\n\n");
        if (report.strengths().isEmpty()) {
            s.append("None found in this example. A strength found would be listed here with 0 points.\n\n");
        } else {
            s.append("Listed beside the warnings, 0 points each:\n\n");
            for (Strength st : report.strengths()) {
                s.append("- `").append(st.ruleId()).append("` (").append(st.sign()).append("): 0 points\n");
            }
            s.append('\n');
        }

        int total = report.catalogue().rules();
        int assessable = total - report.notAssessed().size();
        s.append("### Coverage\n\n").append(assessable).append(" of the ").append(total)
                .append(" rules had every answer they need: ").append(assessable).append(" / ").append(total)
                .append(quotient(assessable, total))
                .append(", rounded to two decimals: ")
                .append(BigDecimal.valueOf(assessable).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP))
                .append(". The report says: **").append(report.coverage()).append("**.\n\n");
        if (!report.notAssessed().isEmpty()) {
            s.append("Not assessed, neither passing nor failing:\n\n| Rule | Missing answers |\n|---|---|\n");
            for (NotAssessed x : report.notAssessed()) {
                s.append("| `").append(x.ruleId()).append("` | `").append(String.join("`, `", x.missing())).append("` |\n");
            }
            s.append('\n');
        }
        return s.toString();
    }
}
