package org.programmehealth.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * The report as Markdown (CommonMark with GitHub-style tables) for a wiki: the same content and
 * order as {@link TextRenderer}. Every piece of text that comes from the input or the catalogue is
 * escaped, so a programme called {@code *<b>|x} shows as written and never as markup.
 */
public final class MarkdownRenderer {

    /** Characters that are markup anywhere in a line. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_{}\\[\\]<>|~&]");
    /** What is markup only at the start of a line: headings, list items, setext underlines, ordered lists. */
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)([#+=-]|\\d+[.)])");

    private MarkdownRenderer() {
    }

    public static String render(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("# Programme Health report: ").append(esc(r.programme().name())).append("\n\n");
        out.append("- **Programme:** ").append(esc(r.programme().id())).append('\n');
        out.append("- **Assessed on:** ").append(r.programme().assessedOn()).append('\n');
        out.append("- **Overall score:** ").append(esc(r.score().overall() == null ? "not assessed (no answers)"
                : ReportView.score(r.score().overall()))).append('\n');
        out.append("- **Coverage:** ").append(esc(ReportView.percent(r.coverage())))
                .append(" of ").append(ReportView.rulesCounted(r)).append(" had every answer they need\n");
        out.append("- **Catalogue:** version ").append(esc(r.catalogue().version())).append(", ")
                .append(r.catalogue().rules()).append(" rules, fingerprint `").append(r.catalogue().fingerprint()).append("`\n\n");

        out.append("## Scores by theme, worst first\n\n");
        out.append("| Theme | Score | Warning signs |\n|---|---:|---:|\n");
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            out.append("| ").append(t.theme()).append(" | ")
                    .append(t.score() == null ? "*not assessed*" : esc(ReportView.score(t.score()))).append(" | ")
                    .append(t.score() == null ? "\u2013" : Integer.toString(t.diagnostics().size())).append(" |\n");
        }

        out.append("\n## Warning signs (").append(r.diagnostics().size()).append(")\n\n");
        if (r.diagnostics().isEmpty()) {
            out.append("None found among the rules that could be assessed.\n\n");
        }
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            if (t.diagnostics().isEmpty()) {
                continue;
            }
            out.append("### ").append(t.theme()).append(" (").append(esc(ReportView.score(t.score()))).append(")\n\n");
            for (Diagnostic d : t.diagnostics()) {
                out.append("#### ").append(d.severity()).append(": ").append(esc(d.title())).append("\n\n");
                out.append(paragraph(d.message())).append("\n\n");
                out.append("| Answer | Value | Condition |\n|---|---|---|\n");
                for (Evidence e : d.evidence()) {
                    out.append("| `").append(e.field()).append("` | ").append(cell(ReportView.value(e.value())))
                            .append(" | ").append(cell(e.condition())).append(" |\n");
                }
                out.append("\n**What to do:** ").append(esc(d.recommendation())).append("\n\n");
                out.append("**What would clear it:** ");
                if (d.wouldClear() == null || d.wouldClear().isEmpty()) {
                    out.append(esc(ReportView.wouldClear(d, "")));
                } else {
                    boolean first = true;
                    for (AnswerChange c : d.wouldClear()) {
                        out.append(first ? "" : ", or ").append('`').append(c.field()).append("` from ")
                                .append(esc(ReportView.value(c.from()))).append(" to ").append(esc(ReportView.value(c.to())));
                        first = false;
                    }
                }
                out.append("\n\n");
                out.append("*Sign* ").append(esc(d.sign())).append(", ").append(esc(ReportView.points(d)))
                        .append("; *rule* `").append(d.ruleId()).append("`; *source:* ").append(esc("\"" + d.source().section()
                                + "\", p" + d.source().page())).append("\n\n");
            }
        }

        out.append("## Strengths (").append(r.strengths().size()).append(")\n\n");
        if (r.strengths().isEmpty()) {
            out.append("None found among the rules that could be assessed.\n\n");
        }
        for (Strength s : r.strengths()) {
            out.append("- **").append(esc(s.title())).append("** (").append(s.theme()).append("): ")
                    .append(esc(s.message())).append('\n');
        }
        if (!r.strengths().isEmpty()) {
            out.append('\n');
        }

        out.append("## Not assessed (").append(esc(ReportView.plural(r.notAssessed().size(), "rule", "rules"))).append(")\n\n");
        if (r.notAssessed().isEmpty()) {
            out.append("None: every rule had the answers it needs.\n\n");
        } else {
            out.append("Answer these to widen the check; a rule not assessed is not a pass.\n\n");
            out.append("| Rule | Sign | Missing answers |\n|---|---|---|\n");
            for (NotAssessed n : r.notAssessed()) {
                out.append("| `").append(n.ruleId()).append("` | ").append(esc(n.sign())).append(" | ");
                for (int i = 0; i < n.missing().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append('`').append(n.missing().get(i)).append('`');
                }
                out.append(" |\n");
            }
            out.append('\n');
        }
        out.append("*Coverage ").append(esc(ReportView.percent(r.coverage()))).append(" of ")
                .append(ReportView.rulesCounted(r)).append(". Catalogue ").append(esc(r.catalogue().version()))
                .append(", fingerprint* `").append(r.catalogue().fingerprint()).append("`\n");
        return out.toString();
    }

    /** Text shown as written inside a line: Markdown's punctuation backslash-escaped, line breaks as spaces. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("\\p{Cntrl}", " ");
        return SPECIAL.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** Text shown as written at the start of a line: also never a heading, list item or rule. */
    static String paragraph(String s) {
        String escaped = esc(s);
        Matcher start = LINE_START.matcher(escaped);
        if (start.find()) {
            String marker = start.group(2);
            escaped = start.group(1) + marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
                    + escaped.substring(start.end());
        }
        return escaped;
    }

    private static String cell(String s) {
        return esc(s);
    }
}
