package org.programmehealth.render;

import java.util.List;
import java.util.Locale;

import org.programmehealth.model.Respondent;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Difference;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.WaiverStatus;

/**
 * The report as plain text for a terminal. It opens with the few most severe warning signs as
 * conversations to have (what we see, who sees it, the question to discuss, what to do); with
 * several respondents, the questions on which their answers differ most, side by side; then the
 * numbers: the scores, and every warning sign by theme, worst theme first, its recommendation said
 * once with its findings under it, each with its evidence and what would clear it; the strengths;
 * the rules that could not be assessed and the answers they need; coverage and the catalogue.
 * Themes and choices by their names, not their codes. LF line ends; the same report always gives
 * the same text. Line breaks and control characters in the input's own text become spaces.
 */
public final class TextRenderer {

    private static final int BAR = 20;

    private TextRenderer() {
    }

    public static String render(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("Programme Health report: ").append(oneLine(r.programme().name())).append(" (")
                .append(oneLine(r.programme().id())).append("), assessed on ").append(r.programme().assessedOn()).append('\n');
        if (r.respondents() != null && !r.respondents().isEmpty()) {
            out.append("Answered by ").append(oneLine(ReportView.join(r.respondents().stream().map(ReportView::who).toList())))
                    .append('\n');
        }
        out.append("Catalogue ").append(r.catalogue().version()).append(", ").append(r.catalogue().rules())
                .append(" rules, fingerprint ").append(r.catalogue().fingerprint()).append('\n');
        tailoring(r.tailoring(), r.catalogue().rules(), out);

        out.append('\n').append("What to talk about first\n");
        List<ReportView.SignView> talk = ReportView.conversations(r);
        if (talk.isEmpty()) {
            out.append("  No warning sign was found among the rules that could be assessed")
                    .append(r.notAssessed().isEmpty() ? ".\n" : "; see what was not assessed below before calling it good news.\n");
        }
        for (int i = 0; i < talk.size(); i++) {
            ReportView.SignView s = talk.get(i);
            Diagnostic d = s.lead();
            out.append("  ").append(i + 1).append(". ").append(d.title()).append(" (").append(ReportView.severity(d.severity()))
                    .append(", ").append(ReportView.signName(d.sign()).toLowerCase(java.util.Locale.ROOT)).append(")\n");
            out.append("     What we see: ").append(oneLine(d.message())).append('\n');
            String seen = ReportView.seenBy(r, d);
            if (seen != null) {
                out.append("     Who sees it: ").append(oneLine(seen)).append('\n');
                out.append("     Who does not: ").append(oneLine(ReportView.notSeenBy(r, d))).append('\n');
            }
            out.append("     To discuss: ").append(oneLine(ReportView.question(r, s))).append('\n');
            out.append("     What to do: ").append(d.recommendation()).append('\n');
        }

        differences(r, out);

        out.append('\n').append("The numbers\n");
        out.append("  Overall score: ").append(r.score().overall() == null ? "not assessed (no answers)" : ReportView.score(r.score().overall()))
                .append("   Coverage: ").append(ReportView.percent(r.coverage()))
                .append(" of ").append(ReportView.rulesCounted(r)).append(" had every answer they need\n");
        String range = ReportView.rangeNote(r);
        if (range != null) {
            out.append("  ").append(range).append('\n');
        }
        out.append("  Scores by theme, worst first (100 means no warning sign; a rule not assessed counts as if it had fired)\n");
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            out.append(String.format(Locale.ROOT, "    %-39s %s  %s%n", ReportView.theme(t.theme()), bar(t.score()),
                    t.score() == null ? "not assessed (none of its rules applies)"
                            : ReportView.score(t.score()) + ", " + ReportView.plural(t.signs().size(), "warning sign", "warning signs")));
        }

        out.append('\n').append(ReportView.signsHeading(r)).append(", by theme, worst first\n");
        if (r.diagnostics().isEmpty()) {
            out.append("  none found among the rules that could be assessed\n");
        }
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            if (t.signs().isEmpty()) {
                continue;
            }
            out.append('\n').append(ReportView.theme(t.theme())).append(" (").append(ReportView.score(t.score())).append(")\n");
            for (ReportView.SignView s : t.signs()) {
                out.append("  ").append(ReportView.signName(s.sign())).append(": ")
                        .append(ReportView.plural(s.findings().size(), "finding", "findings")).append(", ")
                        .append(ReportView.points(s)).append('\n');
                out.append("    What to do: ").append(s.lead().recommendation()).append('\n');
                out.append("    Source: \"").append(s.lead().source().section()).append("\", p").append(s.lead().source().page()).append('\n');
                for (Diagnostic d : s.findings()) {
                    finding(r, d, out);
                }
            }
        }

        out.append('\n').append("Strengths (").append(r.strengths().size()).append(")\n");
        if (r.strengths().isEmpty()) {
            out.append("  none found among the rules that could be assessed\n");
        }
        for (Strength s : r.strengths()) {
            out.append("  ").append(s.title()).append(" (").append(ReportView.theme(s.theme())).append(")\n");
            out.append("    ").append(oneLine(s.message())).append('\n');
            if (ReportView.several(r) && s.seenBy() != null) {
                out.append("    Seen by ").append(oneLine(ReportView.join(s.seenBy().stream().map(ReportView::who).toList()))).append('\n');
            }
        }

        out.append('\n').append("Not assessed (").append(ReportView.plural(r.notAssessed().size(), "rule", "rules"))
                .append("): answer these to widen the check\n");
        if (r.notAssessed().isEmpty()) {
            out.append("  none: every rule had the answers it needs\n");
        }
        for (NotAssessed n : r.notAssessed()) {
            out.append("  ").append(n.ruleId()).append(" (").append(ReportView.signName(n.sign())).append("): missing ")
                    .append(String.join(", ", n.missing())).append('\n');
        }
        if (!r.notApplicable().isEmpty()) {
            out.append('\n').append("Not applicable (").append(ReportView.plural(r.notApplicable().size(), "rule", "rules"))
                    .append("): the respondent said these questions do not apply; they cost nothing\n");
            for (NotApplicable n : r.notApplicable()) {
                out.append("  ").append(n.ruleId()).append(" (").append(ReportView.signName(n.sign())).append("): ")
                        .append(String.join(", ", n.notApplicable())).append('\n');
            }
        }
        if (!r.waivers().isEmpty()) {
            out.append('\n').append("Waivers (").append(r.waivers().size()).append(")\n");
            for (WaiverStatus w : r.waivers()) {
                out.append("  ").append(w.status()).append(": ").append(w.waiver().target()).append(", owner ")
                        .append(w.waiver().owner()).append(", expires ").append(w.waiver().expires());
                switch (w.status()) {
                    // a rule's waiver names its rule already; a sign's says which of its rules it waived
                    case APPLIED -> out.append(w.waiver().rule() != null ? "" : ": waived " + String.join(", ", w.waived()));
                    case EXPIRED -> out.append(": no longer applies, renew or remove it");
                    case UNUSED -> out.append(": matched no diagnostic");
                }
                out.append('\n');
            }
        }
        out.append('\n').append("Coverage: ").append(ReportView.percent(r.coverage())).append(" of ")
                .append(ReportView.rulesCounted(r)).append(" could be assessed. A theme or rule not assessed is not a pass.\n");
        return out.toString();
    }

    private static void finding(Report r, Diagnostic d, StringBuilder out) {
        out.append("    - [").append(d.severity()).append(d.isWaived() ? ", WAIVED" : "").append("] ").append(d.title()).append('\n');
        out.append("      ").append(oneLine(d.message())).append('\n');
        if (d.isWaived()) {
            out.append("      Waived by ").append(oneLine(d.waiver().owner())).append(" until ").append(d.waiver().expires())
                    .append(": ").append(oneLine(d.waiver().reason())).append('\n');
        }
        String seen = ReportView.seenBy(r, d);
        if (seen != null) {
            out.append("      Seen by ").append(oneLine(seen)).append("; not by ").append(oneLine(ReportView.notSeenBy(r, d))).append('\n');
        }
        out.append("      Evidence:\n");
        for (Evidence e : d.evidence()) {
            out.append("        ").append(e.field()).append(" = ").append(oneLine(ReportView.value(e.value())))
                    .append("  (").append(oneLine(e.condition())).append(")\n");
        }
        out.append("      What would clear it: ").append(ReportView.wouldClear(d, "->")).append('\n');
        out.append("      Rule ").append(d.ruleId()).append(d.penalty() > 0 ? ", " + ReportView.plural(d.penalty(), "point", "points")
                : d.isWaived() ? ", waived" : ", no further points (its sign is already counted)").append('\n');
    }

    private static void differences(Report r, StringBuilder out) {
        List<Difference> diffs = ReportView.differences(r);
        if (!ReportView.several(r)) {
            return;
        }
        out.append('\n').append("Where the answers differ most\n");
        if (diffs.isEmpty()) {
            out.append("  The respondents gave the same answer to every rating and yes/no question they all answered.\n");
            return;
        }
        List<Respondent> who = r.respondents();
        int width = 64;
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", "Question"));
        for (Respondent x : who) {
            head.append(String.format(Locale.ROOT, " %-12s", ReportView.column(x)));
        }
        out.append(head.toString().stripTrailing()).append('\n');
        for (Difference d : diffs) {
            String q = oneLine(ReportView.questionText(d));
            if (q.length() > width - 2) {
                q = q.substring(0, width - 3) + "\u2026";
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", (d.apart() ? "! " : "  ") + q));
            for (Difference.Answer a : d.answers()) {
                line.append(String.format(Locale.ROOT, " %-12s", ReportView.answer(a.value())));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append("  ! marks a question the centre and a local respondent answered far apart.\n");
        for (int i = 0; i < who.size(); i++) {
            out.append("  ").append(ReportView.column(who.get(i))).append(": ").append(oneLine(ReportView.who(who.get(i)))).append('\n');
        }
    }

    /** How many of the catalogue's rules are not in force: directly or through their sign. */
    private static int switchedOff(Tailoring t, int catalogueRules) {
        return catalogueRules + (t.customRules() == null ? 0 : t.customRules().ids().size()) - t.rulesInForce();
    }

    private static void tailoring(Tailoring t, int catalogueRules, StringBuilder out) {
        if (t.isEmpty()) {
            return;
        }
        out.append("Tailored catalogue: ").append(t.rulesInForce()).append(" rules in force (the catalogue's ")
                .append(catalogueRules).append(", less ").append(switchedOff(t, catalogueRules)).append(" switched off");
        if (t.customRules() != null) {
            out.append(", plus ").append(ReportView.plural(t.customRules().ids().size(), "custom rule", "custom rules"));
        }
        out.append(")\n");
        if (!t.disabledSigns().isEmpty()) {
            out.append("  signs switched off: ").append(String.join(", ", t.disabledSigns())).append('\n');
        }
        if (!t.disabledRules().isEmpty()) {
            out.append("  rules switched off: ").append(String.join(", ", t.disabledRules())).append('\n');
        }
        t.severityOverrides().forEach((id, o) -> out.append("  severity of ").append(id).append(": ").append(o.catalogue())
                .append(" -> ").append(o.inForce()).append('\n'));
        t.thresholds().forEach((name, c) -> out.append("  threshold ").append(name).append(": ")
                .append(ReportView.value(c.catalogue())).append(" -> ").append(ReportView.value(c.inForce())).append('\n'));
        if (t.customRules() != null) {
            out.append("  custom rules: ").append(String.join(", ", t.customRules().ids())).append(" (")
                    .append(t.customRules().fingerprint()).append(")\n");
        }
    }

    private static String bar(Integer score) {
        if (score == null) {
            return "[" + " ".repeat((BAR - 12) / 2) + "not assessed" + " ".repeat(BAR - 12 - (BAR - 12) / 2) + "]";
        }
        int filled = (int) Math.round(score * BAR / 100.0);
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
    }

    /** Text from the input on one line: control characters (line breaks included) become spaces. */
    /** Text from the input on one safe line: control characters and hidden marks written as escapes. */
    private static String oneLine(String s) {
        return s == null ? "" : Printable.of(s);
    }
}
