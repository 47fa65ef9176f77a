package org.programmehealth.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.programmehealth.internal.RuleDefinition;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.WaiverStatus;
import org.programmehealth.report.Theme;

/** The report as plain text for a terminal: scores, warning signs with evidence and advice, strengths, gaps. */
public final class TextRenderer {

    private TextRenderer() {
    }

    public static String render(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("Programme Health report: ").append(r.programme().name()).append(" (").append(r.programme().id())
                .append("), assessed on ").append(r.programme().assessedOn()).append('\n');
        out.append("Catalogue ").append(r.catalogue().version()).append(", ").append(r.catalogue().rules())
                .append(" rules, ").append(r.catalogue().fingerprint()).append('\n');
        tailoring(r.tailoring(), out);
        out.append('\n');
        out.append("Overall score: ").append(score(r.score().overall()))
                .append("   Coverage: ").append(Math.round(r.coverage() * 100))
                .append("% of the rules had every answer they need\n");
        for (Map.Entry<Theme, Integer> t : r.score().themes().entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-11s %s%n", t.getKey(), score(t.getValue())));
        }
        out.append('\n').append("Warning signs (").append(r.diagnostics().size()).append(")\n");
        if (r.diagnostics().isEmpty()) {
            out.append("  none found among the rules that could be assessed\n");
        }
        for (Diagnostic d : r.diagnostics()) {
            out.append("  [").append(d.severity()).append("] ").append(d.sign()).append(": ").append(d.title())
                    .append(d.isWaived() ? " (WAIVED, " + d.theme() + ")"
                            : d.penalty() > 0 ? " (-" + d.penalty() + " " + d.theme() + ")" : " (" + d.theme() + ", sign already counted)")
                    .append('\n');
            if (d.isWaived()) {
                out.append("    Waived by ").append(d.waiver().owner()).append(" until ").append(d.waiver().expires())
                        .append(": ").append(d.waiver().reason()).append('\n');
            }
            out.append("    ").append(d.message()).append('\n');
            out.append("    Evidence: ").append(evidence(d.evidence())).append('\n');
            out.append("    What to do: ").append(d.recommendation()).append('\n');
            out.append("    Source: ").append(d.source().section()).append(", p").append(d.source().page())
                    .append("   Rule: ").append(d.ruleId()).append('\n');
        }
        out.append('\n').append("Strengths (").append(r.strengths().size()).append(")\n");
        for (Strength s : r.strengths()) {
            out.append("  ").append(s.sign()).append(": ").append(s.title()).append('\n');
            out.append("    ").append(s.message()).append('\n');
        }
        out.append('\n').append("Not assessed (").append(r.notAssessed().size()).append(" rules): answer these to widen the check\n");
        for (NotAssessed n : r.notAssessed()) {
            out.append("  ").append(n.ruleId()).append(": missing ").append(String.join(", ", n.missing())).append('\n');
        }
        if (!r.waivers().isEmpty()) {
            out.append('\n').append("Waivers (").append(r.waivers().size()).append(")\n");
            for (WaiverStatus w : r.waivers()) {
                out.append("  ").append(w.status()).append(": ").append(w.waiver().target()).append(", owner ")
                        .append(w.waiver().owner()).append(", expires ").append(w.waiver().expires());
                switch (w.status()) {
                    case APPLIED -> out.append(", waived ").append(String.join(", ", w.waived()));
                    case EXPIRED -> out.append(": no longer applies, renew or remove it");
                    case UNUSED -> out.append(": matched no diagnostic");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void tailoring(Tailoring t, StringBuilder out) {
        if (t.isEmpty()) {
            return;
        }
        out.append("Tailored catalogue: ").append(t.rulesInForce()).append(" rules in force\n");
        if (!t.disabledSigns().isEmpty()) {
            out.append("  signs switched off: ").append(String.join(", ", t.disabledSigns())).append('\n');
        }
        if (!t.disabledRules().isEmpty()) {
            out.append("  rules switched off: ").append(String.join(", ", t.disabledRules())).append('\n');
        }
        t.severityOverrides().forEach((id, o) -> out.append("  severity of ").append(id).append(": ").append(o.catalogue())
                .append(" -> ").append(o.inForce()).append('\n'));
        t.thresholds().forEach((name, c) -> out.append("  threshold ").append(name).append(": ")
                .append(RuleDefinition.format(c.catalogue())).append(" -> ").append(RuleDefinition.format(c.inForce())).append('\n'));
        if (t.customRules() != null) {
            out.append("  custom rules: ").append(String.join(", ", t.customRules().ids())).append(" (")
                    .append(t.customRules().fingerprint()).append(")\n");
        }
    }

    private static String evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.field() + " = " + RuleDefinition.format(e.value()) + " (" + e.condition() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String score(Integer s) {
        return s == null ? "not assessed (no answers)" : s + "/100";
    }
}
