package org.programmehealth.render;

import java.util.Locale;

import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.WaiverStatus;

/**
 * The report as plain text for a terminal: the scores, then the warning signs grouped by theme,
 * worst theme first, each with its evidence, what to do and what would clear it; the strengths;
 * the rules that could not be assessed and the answers they need; coverage and the catalogue.
 * LF line ends; the same report always gives the same text. Line breaks and control characters in
 * the input's own text become spaces.
 */
public final class TextRenderer {

    private static final int BAR = 20;

    private TextRenderer() {
    }

    public static String render(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("Programme Health report: ").append(oneLine(r.programme().name())).append(" (")
                .append(oneLine(r.programme().id())).append("), assessed on ").append(r.programme().assessedOn()).append('\n');
        out.append("Catalogue ").append(r.catalogue().version()).append(", ").append(r.catalogue().rules())
                .append(" rules, fingerprint ").append(r.catalogue().fingerprint()).append('\n');
        tailoring(r.tailoring(), r.catalogue().rules(), out);
        out.append('\n');
        out.append("Overall score: ").append(r.score().overall() == null ? "not assessed (no answers)" : ReportView.score(r.score().overall()))
                .append("   Coverage: ").append(ReportView.percent(r.coverage()))
                .append(" of ").append(ReportView.rulesCounted(r)).append(" had every answer they need\n");
        if (r.score().range() != null && r.score().overall() != null
                && !r.score().overall().equals(r.score().range().ifUnansweredFine())) {
            out.append("Unanswered questions count as warnings: answered and found fine, they could raise the score to ")
                    .append(ReportView.score(r.score().range().ifUnansweredFine())).append('\n');
        }
        out.append('\n');

        out.append("Scores by theme, worst first\n");
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            out.append(String.format(Locale.ROOT, "  %-11s %s  %s%n", t.theme(), bar(t.score()),
                    t.score() == null ? "not assessed (none of its rules had the answers they need)"
                            : ReportView.score(t.score()) + ", " + ReportView.plural(t.diagnostics().size(), "warning sign", "warning signs")));
        }

        out.append('\n').append("Warning signs (").append(r.diagnostics().size()).append("), by theme, worst first\n");
        if (r.diagnostics().isEmpty()) {
            out.append("  none found among the rules that could be assessed\n");
        }
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            if (t.diagnostics().isEmpty()) {
                continue;
            }
            out.append('\n').append(t.theme()).append(" (").append(ReportView.score(t.score())).append(")\n");
            for (Diagnostic d : t.diagnostics()) {
                out.append("  [").append(d.severity()).append(d.isWaived() ? ", WAIVED" : "").append("] ").append(d.title()).append('\n');
                out.append("    ").append(d.message()).append('\n');
                if (d.isWaived()) {
                    out.append("    Waived by ").append(oneLine(d.waiver().owner())).append(" until ").append(d.waiver().expires())
                            .append(": ").append(oneLine(d.waiver().reason())).append('\n');
                }
                out.append("    Evidence:\n");
                for (Evidence e : d.evidence()) {
                    out.append("      - ").append(e.field()).append(" = ").append(oneLine(ReportView.value(e.value())))
                            .append("  (").append(e.condition()).append(")\n");
                }
                out.append("    What to do: ").append(d.recommendation()).append('\n');
                out.append("    What would clear it: ").append(ReportView.wouldClear(d, "->")).append('\n');
                out.append("    Sign ").append(d.sign()).append(", ").append(ReportView.points(d))
                        .append("; rule ").append(d.ruleId()).append("; source: \"").append(d.source().section())
                        .append("\", p").append(d.source().page()).append('\n');
            }
        }

        out.append('\n').append("Strengths (").append(r.strengths().size()).append(")\n");
        if (r.strengths().isEmpty()) {
            out.append("  none found among the rules that could be assessed\n");
        }
        for (Strength s : r.strengths()) {
            out.append("  ").append(s.title()).append(" (").append(s.theme()).append(")\n");
            out.append("    ").append(s.message()).append('\n');
        }

        out.append('\n').append("Not assessed (").append(ReportView.plural(r.notAssessed().size(), "rule", "rules"))
                .append("): answer these to widen the check\n");
        if (r.notAssessed().isEmpty()) {
            out.append("  none: every rule had the answers it needs\n");
        }
        for (NotAssessed n : r.notAssessed()) {
            out.append("  ").append(n.ruleId()).append(" (").append(n.sign()).append("): missing ")
                    .append(String.join(", ", n.missing())).append('\n');
        }
        if (!r.notApplicable().isEmpty()) {
            out.append('\n').append("Not applicable (").append(ReportView.plural(r.notApplicable().size(), "rule", "rules"))
                    .append("): the respondent said these questions do not apply; they cost nothing\n");
            for (NotApplicable n : r.notApplicable()) {
                out.append("  ").append(n.ruleId()).append(" (").append(n.sign()).append("): ")
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
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
    }
}
