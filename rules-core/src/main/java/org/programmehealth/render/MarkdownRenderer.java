package org.programmehealth.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.programmehealth.report.AnswerChange;
import org.programmehealth.model.Respondent;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Difference;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * The report as Markdown (CommonMark with GitHub-style tables) for a wiki: the same content and
 * order as {@link TextRenderer}, opening with the conversations to have, then (with several
 * respondents) where their answers differ most, then the numbers. Every piece of text that comes
 * from the input or the catalogue is escaped, so a programme called {@code *<b>|x} shows as written
 * and never as markup.
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
        if (r.respondents() != null && !r.respondents().isEmpty()) {
            out.append("- **Answered by:** ").append(esc(ReportView.join(r.respondents().stream().map(ReportView::who).toList()))).append('\n');
        }
        out.append("- **Catalogue:** version ").append(esc(r.catalogue().version())).append(", ")
                .append(r.catalogue().rules()).append(" rules, fingerprint `").append(r.catalogue().fingerprint()).append("`\n\n");

        out.append("## What to talk about first\n\n");
        List<ReportView.SignView> talk = ReportView.conversations(r);
        if (talk.isEmpty()) {
            out.append("No warning sign was found among the rules that could be assessed")
                    .append(r.notAssessed().isEmpty() ? ".\n\n" : "; see what was not assessed before calling it good news.\n\n");
        }
        for (int i = 0; i < talk.size(); i++) {
            ReportView.SignView s = talk.get(i);
            Diagnostic d = s.lead();
            out.append("### ").append(i + 1).append(". ").append(esc(d.title())).append("\n\n");
            out.append("*").append(esc(ReportView.severity(d.severity()))).append(", ")
                    .append(esc(ReportView.signName(d.sign()).toLowerCase(java.util.Locale.ROOT))).append("*\n\n");
            out.append("- **What we see:** ").append(esc(d.message())).append('\n');
            String seen = ReportView.seenBy(r, d);
            if (seen != null) {
                out.append("- **Who sees it:** ").append(esc(seen)).append('\n');
                out.append("- **Who does not:** ").append(esc(ReportView.notSeenBy(r, d))).append('\n');
            }
            out.append("- **To discuss:** ").append(esc(ReportView.question(r, s))).append('\n');
            out.append("- **What to do:** ").append(esc(d.recommendation())).append("\n\n");
        }

        if (ReportView.several(r)) {
            out.append("## Where the answers differ most\n\n");
            List<Difference> diffs = ReportView.differences(r);
            if (diffs.isEmpty()) {
                out.append("The respondents gave the same answer to every rating and yes/no question they all answered.\n\n");
            } else {
                out.append("| Question |");
                for (Respondent x : r.respondents()) {
                    out.append(' ').append(esc(ReportView.who(x))).append(" |");
                }
                out.append("\n|---|");
                r.respondents().forEach(x -> out.append("---|"));
                out.append('\n');
                for (Difference d : diffs) {
                    out.append("| ").append(d.apart() ? "**far apart:** " : "").append(esc(ReportView.questionText(d))).append(" |");
                    for (Difference.Answer a : d.answers()) {
                        out.append(' ').append(esc(ReportView.answer(a.value()))).append(" |");
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
        }

        out.append("## The numbers\n\n");
        out.append("- **Overall score:** ").append(esc(r.score().overall() == null ? "not assessed (no answers)"
                : ReportView.score(r.score().overall()))).append('\n');
        out.append("- **Coverage:** ").append(esc(ReportView.percent(r.coverage())))
                .append(" of ").append(ReportView.rulesCounted(r)).append(" had every answer they need\n");
        String range = ReportView.rangeNote(r);
        if (range != null) {
            out.append("- ").append(esc(range)).append('\n');
        }
        out.append('\n');
        out.append("| Theme | Score | Warning signs |\n|---|---:|---:|\n");
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            out.append("| ").append(esc(ReportView.theme(t.theme()))).append(" | ")
                    .append(t.score() == null ? "*not assessed*" : esc(ReportView.score(t.score()))).append(" | ")
                    .append(t.score() == null ? "\u2013" : Integer.toString(t.signs().size())).append(" |\n");
        }

        out.append("\n## ").append(esc(ReportView.signsHeading(r))).append("\n\n");
        if (r.diagnostics().isEmpty()) {
            out.append("None found among the rules that could be assessed.\n\n");
        }
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            if (t.signs().isEmpty()) {
                continue;
            }
            out.append("### ").append(esc(ReportView.theme(t.theme()))).append(" (").append(esc(ReportView.score(t.score()))).append(")\n\n");
            for (ReportView.SignView s : t.signs()) {
                out.append("#### ").append(esc(ReportView.signName(s.sign()))).append("\n\n");
                out.append("*").append(esc(ReportView.plural(s.findings().size(), "finding", "findings"))).append(", ")
                        .append(esc(ReportView.points(s))).append("; source: ").append(esc("\"" + s.lead().source().section()
                                + "\", p" + s.lead().source().page())).append("*\n\n");
                out.append("**What to do:** ").append(esc(s.lead().recommendation())).append("\n\n");
                for (Diagnostic d : s.findings()) {
                    finding(r, d, out);
                }
            }
        }

        out.append("## Strengths (").append(r.strengths().size()).append(")\n\n");
        if (r.strengths().isEmpty()) {
            out.append("None found among the rules that could be assessed.\n\n");
        }
        for (Strength s : r.strengths()) {
            out.append("- **").append(esc(s.title())).append("** (").append(esc(ReportView.theme(s.theme()))).append("): ")
                    .append(esc(s.message()));
            if (ReportView.several(r) && s.seenBy() != null) {
                out.append(" *Seen by ").append(esc(ReportView.join(s.seenBy().stream().map(ReportView::who).toList()))).append(".*");
            }
            out.append('\n');
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
                out.append("| `").append(n.ruleId()).append("` | ").append(esc(ReportView.signName(n.sign()))).append(" | ");
                for (int i = 0; i < n.missing().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append('`').append(n.missing().get(i)).append('`');
                }
                out.append(" |\n");
            }
            out.append('\n');
        }
        if (!r.notApplicable().isEmpty()) {
            out.append("## Not applicable (").append(esc(ReportView.plural(r.notApplicable().size(), "rule", "rules"))).append(")\n\n")
                    .append("The respondent said these questions do not apply; these rules cost nothing.\n\n")
                    .append("| Rule | Sign | Does not apply |\n|---|---|---|\n");
            for (NotApplicable n : r.notApplicable()) {
                out.append("| `").append(n.ruleId()).append("` | ").append(esc(ReportView.signName(n.sign()))).append(" | ");
                for (int i = 0; i < n.notApplicable().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append('`').append(n.notApplicable().get(i)).append('`');
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

    private static void finding(Report r, Diagnostic d, StringBuilder out) {
        out.append("##### ").append(d.severity()).append(d.isWaived() ? " (waived)" : "").append(": ").append(esc(d.title())).append("\n\n");
        out.append(paragraph(d.message())).append("\n\n");
        if (d.isWaived()) {
            out.append("*Waived by ").append(esc(d.waiver().owner())).append(" until ").append(d.waiver().expires()).append(": ")
                    .append(esc(d.waiver().reason())).append("*\n\n");
        }
        String seen = ReportView.seenBy(r, d);
        if (seen != null) {
            out.append("**Seen by** ").append(esc(seen)).append("; **not by** ").append(esc(ReportView.notSeenBy(r, d))).append("\n\n");
        }
        out.append("| Answer | Value | Condition |\n|---|---|---|\n");
        for (Evidence e : d.evidence()) {
            out.append("| `").append(e.field()).append("` | ").append(cell(ReportView.value(e.value())))
                    .append(" | ").append(cell(e.condition())).append(" |\n");
        }
        out.append("\n**What would clear it:** ");
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
        out.append("\n\n*Rule* `").append(d.ruleId()).append("`").append(d.penalty() > 0
                ? esc(", " + ReportView.plural(d.penalty(), "point", "points")) : "").append("\n\n");
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
