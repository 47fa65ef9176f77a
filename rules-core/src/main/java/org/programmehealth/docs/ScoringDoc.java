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
import org.programmehealth.engine.Scoring;
import org.programmehealth.report.NotApplicable;
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

    /** The steps of the scoring method, penalties read from {@link Severity}. */
    public static List<String> steps() {
        return List.of(
                "Each of the five themes starts at 100.",
                "Each warning sign found costs its theme the penalty of its most severe diagnostic: " + Words.penalties()
                        + ". A sign costs once: its other diagnostics are listed with a penalty of 0.",
                "A warning rule that could not be assessed (an answer it needs is missing) counts as if it had fired. "
                        + "It pays only what its sign does not already cost, so a sign still costs its most severe rule, "
                        + "found or unanswered, once; the points are listed against it under not assessed. So every "
                        + "point lost traces to exactly one diagnostic or one unanswered rule.",
                "A waived diagnostic or unanswered rule costs nothing; the sign's next one that is not waived pays instead.",
                "A theme's score is 100 minus its penalties, never below 0. It is null only when none of its warning "
                        + "rules applies (all switched off, or all needing answers the respondent said do not apply).",
                "The overall score is the mean of the themes that are not null, rounded half up; null if every theme is. "
                        + "It is then held at or below " + Scoring.CRITICAL_CAP + " while an unwaived CRITICAL warning "
                        + "stands, found or unanswered, and at or below " + Scoring.HIGH_CAP + " while an unwaived HIGH one does.",
                "The range says how far the unanswered questions could still move the overall score: "
                        + "ifUnansweredFine, the score if every unanswered rule had found nothing, and ifUnansweredFire, "
                        + "the score if every one had fired, which is the overall score.",
                "Strengths are reported beside the warnings but add no points: a protective factor does not cancel a "
                        + "warning sign.",
                "A rule that needs an answer the respondent said does not apply is listed as not applicable: it costs "
                        + "nothing and is left out of coverage.",
                "Coverage is the share of the rules that apply (in force, less those not applicable) that had every "
                        + "answer they need, rounded half up to two decimals. A rule that lacks an answer neither fires "
                        + "nor passes: it is listed as not assessed.");
    }

    /** Why the method is as it is: the reasons an auditor can check, as Markdown. */
    static String reasons() {
        return "## Why it is scored this way\n\n"
                + "- **A blank never raises the score.** Counting an unanswered rule as if it had fired is the least "
                + "severe rule that keeps the headline honest: removing an answer can only turn a rule that fired, or "
                + "one that stayed silent, into one not assessed, and that is charged as if it fired, so no penalty "
                + "falls and no cap rises. Scoring only what was answered would let a programme raise its score by "
                + "leaving out the answers that hurt it; the report names that kind of gaming (\"Learning about "
                + "underlying behaviours\", p8). A property test removes each answer of every catalogue case and "
                + "every story in turn and checks that the overall score never rises.\n"
                + "- **The range says what answering could do.** The headline is the cautious end; "
                + "`score.range.ifUnansweredFine` is the score if every unanswered rule had found nothing. A wide "
                + "range says: answer the questions listed under not assessed before reading much into the number.\n"
                + "- **Severity shows in the number.** A mean of five themes dilutes a single finding: one CRITICAL "
                + "sign in one theme took 7 points off the overall score, and failing programmes read as healthy (85 "
                + "for the Health Action Zone, whose boroughs gave up, p5). The report's warnings are not averages: "
                + "a partnership threatened with abolition within eighteen months (p6) is in trouble whatever its "
                + "other themes say. So an unwaived CRITICAL warning holds the overall score at or below "
                + Scoring.CRITICAL_CAP + " (at best half marks), and an unwaived HIGH one at or below " + Scoring.HIGH_CAP
                + ". With these caps the report's failing stories score below its healthy ones by a clear margin "
                + "(a test over `examples/assessments/stories/` holds it).\n"
                + "- **What does not apply costs nothing.** A question that does not apply to a programme (no "
                + "local partnership, no pilots, a first self-assessment with no earlier snapshot) is not a blank: "
                + "the respondent said so, and the report lists every rule it leaves out, so a reviewer can see "
                + "and challenge each one.\n\n";
    }

    /** The method, as numbered Markdown steps and the penalty table. */
    static String method() {
        StringBuilder s = new StringBuilder();
        List<String> steps = steps();
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
                .append("## The method\n\n").append(method())
                .append(reasons());

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
            String why = d.isWaived() ? "waived" : first == null ? "the most severe diagnostic of its sign"
                    : "its sign already costs " + first.penalty() + ", through `" + first.ruleId() + "`";
            s.append("| ").append(++n).append(" | `").append(d.ruleId()).append("` | ").append(MarkdownDocs.signLink(d.sign()))
                    .append(" | ").append(d.theme()).append(" | ").append(d.severity()).append(" | ").append(d.penalty())
                    .append(" | ").append(why).append(" |\n");
        }
        if (report.diagnostics().isEmpty()) {
            s.append("| – | none | | | | 0 | |\n");
        }

        Map<String, RuleInfo> byId = new HashMap<>();
        m.rules().forEach(r -> byId.put(r.id(), r));
        s.append("\n### Every unanswered warning rule and its penalty\n\n")
                .append("Counted as if it had fired, most severe first; it pays only what its sign does not already cost.\n\n")
                .append("| Rule | Sign | Theme | Severity | Missing answers | Penalty |\n|---|---|---|---|---|---|\n");
        List<NotAssessed> unanswered = report.notAssessed().stream()
                .filter(x -> byId.containsKey(x.ruleId()) && !byId.get(x.ruleId()).isStrength())
                .sorted(java.util.Comparator.comparing((NotAssessed x) -> byId.get(x.ruleId()).severity()).reversed()
                        .thenComparing(x -> byId.get(x.ruleId()).theme()).thenComparing(NotAssessed::ruleId))
                .toList();
        for (NotAssessed x : unanswered) {
            RuleInfo r = byId.get(x.ruleId());
            s.append("| `").append(x.ruleId()).append("` | ").append(MarkdownDocs.signLink(x.sign())).append(" | ")
                    .append(r.theme()).append(" | ").append(r.severity()).append(" | `").append(String.join("`, `", x.missing()))
                    .append("` | ").append(x.penalty()).append(" |\n");
        }
        if (unanswered.isEmpty()) {
            s.append("| – | none | | | | 0 |\n");
        }

        Set<String> notAssessed = new HashSet<>();
        report.notAssessed().forEach(x -> notAssessed.add(x.ruleId()));
        Set<String> inapplicable = new HashSet<>();
        report.notApplicable().forEach(x -> inapplicable.add(x.ruleId()));
        s.append("\n### Theme scores\n\n")
                .append("| Theme | Warning rules that apply | Could be assessed | Arithmetic (found, then unanswered) | Score in the report |\n|---|---|---|---|---|\n");
        int[] fine = {0, 0};
        int[] fire = {0, 0};
        StringBuilder fineTerms = new StringBuilder();
        StringBuilder fireTerms = new StringBuilder();
        for (Theme t : Theme.values()) {
            List<RuleInfo> warnings = m.rules().stream()
                    .filter(r -> !r.isStrength() && r.theme() == t && !inapplicable.contains(r.id())).toList();
            long assessed = warnings.stream().filter(r -> !notAssessed.contains(r.id())).count();
            List<Integer> found = report.diagnostics().stream().filter(d -> d.theme() == t && d.penalty() > 0)
                    .map(Diagnostic::penalty).toList();
            List<Integer> open = unanswered.stream().filter(x -> byId.get(x.ruleId()).theme() == t && x.penalty() > 0)
                    .map(NotAssessed::penalty).toList();
            String arithmetic;
            if (warnings.isEmpty()) {
                arithmetic = "no warning rule of this theme applies: null";
            } else {
                int rawFine = 100 - found.stream().mapToInt(Integer::intValue).sum();
                int rawFire = rawFine - open.stream().mapToInt(Integer::intValue).sum();
                StringBuilder a = new StringBuilder("100");
                found.forEach(p -> a.append(" - ").append(p));
                if (!open.isEmpty()) {
                    a.append(" = ").append(rawFine).append(found.isEmpty() || rawFine >= 0 ? "" : ", floored at 0").append("; then");
                    open.forEach(p -> a.append(" - ").append(p));
                }
                a.append(" = ").append(rawFire);
                if (rawFire < 0) {
                    a.append(", floored at 0");
                }
                arithmetic = a.toString();
                add(fine, fineTerms, Math.max(0, rawFine));
                add(fire, fireTerms, Math.max(0, rawFire));
            }
            s.append("| ").append(t).append(" | ").append(warnings.size()).append(" | ").append(assessed).append(" | ")
                    .append(arithmetic).append(" | ").append(report.score().themes().get(t)).append(" |\n");
        }

        Severity worstFound = report.diagnostics().stream().filter(d -> !d.isWaived()).map(Diagnostic::severity)
                .max(Enum::compareTo).orElse(null);
        Severity worstOpen = unanswered.stream().map(x -> byId.get(x.ruleId()).severity()).max(Enum::compareTo).orElse(null);
        Severity worstAll = worstOpen == null || worstFound != null && worstFound.compareTo(worstOpen) >= 0 ? worstFound : worstOpen;
        s.append("\n### Overall\n\n");
        if (fire[1] == 0) {
            s.append("No theme could be scored, so the overall score is null. The report says: **")
                    .append(report.score().overall()).append("**.\n\n");
        } else {
            s.append("The mean of the ").append(fire[1]).append(" themes that are not null: (").append(fireTerms).append(") / ")
                    .append(fire[1]).append(quotient(fire[0], fire[1])).append(", rounded half up: ")
                    .append(BigDecimal.valueOf(fire[0]).divide(BigDecimal.valueOf(fire[1]), 0, RoundingMode.HALF_UP))
                    .append(cap(worstAll, "found or unanswered")).append(" The report says: **")
                    .append(report.score().overall()).append("**.\n\n");
            s.append("If every unanswered rule had found nothing: (").append(fineTerms).append(") / ").append(fine[1])
                    .append(quotient(fine[0], fine[1])).append(", rounded half up: ")
                    .append(BigDecimal.valueOf(fine[0]).divide(BigDecimal.valueOf(fine[1]), 0, RoundingMode.HALF_UP))
                    .append(cap(worstFound, "found")).append(" The report's range says: **")
                    .append(report.score().range() == null ? null : report.score().range().ifUnansweredFine())
                    .append("** if every unanswered rule found nothing, **")
                    .append(report.score().range() == null ? null : report.score().range().ifUnansweredFire())
                    .append("** if every one fired.\n\n");
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

        int total = report.catalogue().rules() - report.notApplicable().size();
        int assessable = total - report.notAssessed().size();
        s.append("### Coverage\n\n").append(assessable).append(" of the ").append(total)
                .append(" rules that apply had every answer they need: ").append(assessable).append(" / ").append(total)
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
        if (!report.notApplicable().isEmpty()) {
            s.append("Not applicable, left out of the score and of coverage:\n\n| Rule | Said not to apply |\n|---|---|\n");
            for (NotApplicable x : report.notApplicable()) {
                s.append("| `").append(x.ruleId()).append("` | `").append(String.join("`, `", x.notApplicable())).append("` |\n");
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static void add(int[] sumAndCount, StringBuilder terms, int score) {
        sumAndCount[0] += score;
        sumAndCount[1]++;
        terms.append(terms.isEmpty() ? "" : " + ").append(score);
    }

    /** ", held at 50 by the CRITICAL warning found." or "." when no cap applies. */
    private static String cap(Severity worst, String how) {
        if (worst == null || Scoring.cap(worst) >= 100) {
            return ".";
        }
        return "; an unwaived " + worst + " warning stands (" + how + "), so it is held at or below " + Scoring.cap(worst) + ".";
    }
}
