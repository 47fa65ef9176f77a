package org.programmehealth.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;
import org.programmehealth.report.Evidence;
import org.programmehealth.engine.RuleDefinition;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Theme;

/** The catalogue as Markdown pages: the index, one page per sign, the traceability page and the scoring page. */
public final class MarkdownDocs {

    private MarkdownDocs() {
    }

    /** Every page but the scoring page, by path relative to the docs folder. */
    public static SortedMap<String, String> pages(DocsModel model) {
        SortedMap<String, String> out = new TreeMap<>();
        out.put("README.md", index(model));
        for (DocsModel.SignDoc s : model.signs()) {
            out.put(signPath(s.sign()), signPage(s));
        }
        out.put("traceability.md", traceability(model));
        return out;
    }

    public static String signPath(String sign) {
        return "signs/" + sign.toLowerCase(java.util.Locale.ROOT) + ".md";
    }

    static String header() {
        return "<!-- " + Words.doNotEdit() + " -->\n\n";
    }

    static String index(DocsModel m) {
        StringBuilder s = new StringBuilder(header());
        long warnings = m.signs().stream().filter(x -> !x.isStrength()).count();
        s.append("# The Programme Health rule catalogue\n\n")
                .append("The warning signs of failing public-service change programmes, and the strengths that protect them, ")
                .append("as the rules check them, from *").append(Words.REPORT).append("*.\n\n")
                .append("| Catalogue version | Rules | Warning signs | Strengths | Fingerprint of the rule sources |\n")
                .append("|---|---|---|---|---|\n")
                .append("| ").append(m.catalogue().version()).append(" | ").append(m.catalogue().rules()).append(" | ")
                .append(warnings).append(" | ").append(m.signs().size() - warnings).append(" | `")
                .append(m.catalogue().fingerprint()).append("` |\n\n")
                .append("- [How a report is scored](scoring.md), with a worked example that the build recomputes.\n")
                .append("- [Traceability](traceability.md): the report's key learning points and sections, and the signs that encode them.\n")
                .append("- The same catalogue as [JSON](catalogue.json) and as [one HTML page](catalogue.html).\n")
                .append("- What changed in each version, rule by rule: [CHANGELOG](../CHANGELOG.md).\n\n")
                .append("Every file in this folder is generated from the rules' own annotations, each sign's `cases.json` ")
                .append("and `traceability.json`: do not edit them. After changing a rule, regenerate them with\n\n")
                .append("```\n").append(Words.REGENERATE_COMMAND).append("\n```\n\n")
                .append("and commit the result. The build fails while a committed copy differs from what the rules generate.\n\n");

        s.append("## By theme\n\n");
        for (Theme t : Theme.values()) {
            s.append("### ").append(t).append(": ").append(Words.themeTitle(t)).append("\n\n");
            List<DocsModel.SignDoc> signs = m.signsIn(t);
            if (signs.isEmpty()) {
                s.append("No sign of this theme is in the catalogue yet.\n\n");
                continue;
            }
            s.append("| Sign | Kind | Rules | Most severe | Cited |\n|---|---|---|---|---|\n");
            for (DocsModel.SignDoc x : signs) {
                s.append("| ").append(signLink(x.sign())).append(" | ").append(Words.kind(x.first())).append(" | ")
                        .append(x.rules().size()).append(" | ").append(x.mostSevere() == null ? "–" : x.mostSevere())
                        .append(" | ").append(cell(citations(x))).append(" |\n");
            }
            s.append('\n');
        }

        s.append("## By severity\n\n");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity sev = Severity.values()[i];
            s.append("### ").append(sev).append(" (").append(sev.penalty()).append(" points)\n\n");
            ruleTable(s, m.rulesOf(sev), "No rule of this severity is in the catalogue yet.");
        }
        s.append("## Strengths\n\nReported beside the warnings; they add no points to a score.\n\n");
        ruleTable(s, m.strengthRules(), "No strength is in the catalogue yet.");

        List<ThresholdInfo> thresholds = thresholds(m);
        long report = thresholds.stream().filter(t -> t.provenance().equals("report")).count();
        s.append("## Thresholds\n\n").append(thresholds.size()).append(" thresholds: ").append(report)
                .append(" from the report, ").append(thresholds.size() - report)
                .append(" calibrated (the catalogue's choice where the report gives no number, not the report's). ")
                .append("Each can be changed with `ProgrammeHealth.builder().threshold(name, value)`; the basis of each is on its sign's page.\n\n")
                .append("| Threshold | Default | Provenance | Sign |\n|---|---|---|---|\n");
        Map<String, String> signOf = new TreeMap<>();
        m.rules().forEach(r -> r.thresholds().forEach(t -> signOf.putIfAbsent(t.name(), r.sign())));
        for (ThresholdInfo t : thresholds) {
            s.append("| `").append(t.name()).append("` | ").append(value(t)).append(" | ").append(t.provenance())
                    .append(" | ").append(signLink(signOf.get(t.name()))).append(" |\n");
        }
        return s.toString();
    }

    private static void ruleTable(StringBuilder s, List<RuleInfo> rules, String none) {
        if (rules.isEmpty()) {
            s.append(none).append("\n\n");
            return;
        }
        s.append("| Rule | Sign | Theme | Title |\n|---|---|---|---|\n");
        for (RuleInfo r : rules) {
            s.append("| `").append(r.id()).append("` | ").append(signLink(r.sign())).append(" | ").append(r.theme())
                    .append(" | ").append(cell(r.title())).append(" |\n");
        }
        s.append('\n');
    }

    /** Every threshold once, by name. */
    static List<ThresholdInfo> thresholds(DocsModel m) {
        Map<String, ThresholdInfo> out = new TreeMap<>();
        m.rules().forEach(r -> r.thresholds().forEach(t -> out.putIfAbsent(t.name(), t)));
        return List.copyOf(out.values());
    }

    static String citations(DocsModel.SignDoc s) {
        return s.rules().stream().map(r -> Words.citation(r.source())).distinct().collect(Collectors.joining("; "));
    }

    static String signPage(DocsModel.SignDoc x) {
        StringBuilder s = new StringBuilder(header());
        s.append("# ").append(x.sign()).append("\n\n")
                .append("A ").append(Words.kind(x.first())).append(" of the theme ").append(x.theme()).append(" (")
                .append(Words.themeTitle(x.theme())).append("): ").append(x.rules().size())
                .append(x.rules().size() == 1 ? " rule" : " rules")
                .append(x.mostSevere() == null ? "" : ", most severe " + x.mostSevere())
                .append(". Cites ").append(citations(x)).append(" of *").append(Words.REPORT).append("*. ")
                .append("[All signs](../README.md)\n\n");
        if (x.sharedRationale() != null) {
            s.append("## Why it matters\n\n").append(x.sharedRationale()).append("\n\n");
        }
        if (x.sharedRecommendation() != null) {
            s.append("## What to do\n\n").append(x.sharedRecommendation()).append("\n\n");
        }
        s.append("## Rules\n\n");
        if (x.rules().stream().anyMatch(r -> !r.thresholds().isEmpty())) {
            s.append("A threshold's provenance: *report*, ").append(Words.REPORT_PROVENANCE).append("; *calibrated*, ")
                    .append(Words.CALIBRATED_PROVENANCE).append(".\n\n");
        }
        if (x.rules().stream().anyMatch(r -> r.message().contains("{"))) {
            s.append("In a message, `{field}` stands for the programme's answer.\n\n");
        }
        for (RuleInfo r : x.rules()) {
            s.append("### ").append(r.title()).append("\n\n`").append(r.id()).append("` · ")
                    .append(r.isStrength() ? "strength, no points" : r.severity() + ", " + r.severity().penalty() + " points")
                    .append(" · cites ").append(Words.citation(r.source())).append("\n\n")
                    .append("**Logic.** ").append(Words.logic(r)).append("\n\n")
                    .append("**Needs** ").append(codes(r.needs()))
                    .append(": while any is unanswered the rule is not assessed; it neither fires nor passes.\n\n")
                    .append("**Message.** ").append(message(r)).append("\n\n");
            if (r.severityBasis() != null) {
                s.append("**Why ").append(r.severity()).append("** (the catalogue's calibration, not a figure of the report's). ")
                        .append(r.severityBasis()).append("\n\n");
            }
            if (x.sharedRationale() == null) {
                s.append("**Why it matters.** ").append(r.rationale()).append("\n\n");
            }
            if (x.sharedRecommendation() == null) {
                s.append("**What to do.** ").append(r.recommendation()).append("\n\n");
            }
            if (r.thresholds().isEmpty()) {
                s.append("**Thresholds.** None: the rule checks answers, not a number.\n\n");
            } else {
                s.append("**Thresholds.**\n\n| Threshold | Default | Provenance | Basis |\n|---|---|---|---|\n");
                for (ThresholdInfo t : r.thresholds()) {
                    s.append("| `").append(t.name()).append("` | ").append(value(t)).append(" | ")
                            .append(t.provenance()).append(" | ").append(cell(t.basis())).append(" |\n");
                }
                s.append('\n');
            }
        }
        s.append("## Examples\n\nTaken from this sign's `cases.json`, which the build runs as tests; what the engine reports is generated by running them.\n\n");
        example(s, "Fires", x.firing(), "No case of this sign fires a rule.");
        example(s, "Stays silent", x.silent(), "No case of this sign stays silent.");
        return s.toString();
    }

    private static void example(StringBuilder s, String label, DocsModel.Example e, String none) {
        if (e == null) {
            s.append("### ").append(label).append("\n\n").append(none).append("\n\n");
            return;
        }
        s.append("### ").append(label).append(": ").append(e.name()).append("\n\n```json\n").append(e.assessmentJson())
                .append("```\n\n");
        if (e.findings().isEmpty()) {
            s.append("The engine reports no rule of this sign").append(notAssessed(e)).append(".\n\n");
            return;
        }
        s.append("The engine reports:\n\n");
        for (DocsModel.Finding f : e.findings()) {
            s.append("- ").append(f.severity() == null ? "strength" : "**" + f.severity() + "**").append(" `")
                    .append(f.ruleId()).append("`: ").append(f.message()).append('\n');
            for (Evidence ev : f.evidence()) {
                s.append("  - `").append(ev.field()).append("` = ").append(Evidence.format(ev.value()))
                        .append(" (").append(ev.condition()).append(")\n");
            }
        }
        s.append('\n');
    }

    /** ", and every one of them could be assessed", or which could not, for want of which answers. */
    static String notAssessed(DocsModel.Example e) {
        if (e.notAssessed().isEmpty()) {
            return ", and every one of them could be assessed";
        }
        return "; not assessed for want of an answer: " + e.notAssessed().stream()
                .map(n -> n.ruleId() + " (" + String.join(", ", n.missing()) + ")").collect(Collectors.joining("; "));
    }

    static String traceability(DocsModel m) {
        Traceability t = m.traceability();
        StringBuilder s = new StringBuilder(header());
        s.append("# Traceability to the report\n\n")
                .append("How the catalogue traces to *").append(Words.REPORT).append("*. The learning points and why a point is ")
                .append("not encoded are data (`traceability.json`); which sections the signs cite is read from the rules' own ")
                .append("`@section` and `@page`. A sign marked *not yet in the catalogue* is one the learning point calls for ")
                .append("that no rule checks yet. [All signs](README.md)\n\n");
        s.append("## The executive summary's key learning points\n\n");
        if (t.learningPoints().isEmpty()) {
            s.append("No traceability data (`traceability.json`) is on the class path.\n\n");
        } else {
            if (!t.source().isEmpty()) {
                s.append(t.source()).append("\n\n");
            }
            s.append("| # | Learning point (paraphrased) | Developed in | Signs that encode it | Encoded? What is left out, and why |\n")
                    .append("|---|---|---|---|---|\n");
            for (Traceability.LearningPoint p : t.learningPoints()) {
                List<String> signs = new ArrayList<>();
                for (String sign : p.signs()) {
                    signs.add(m.hasSign(sign) ? signLink(sign) : "`" + sign + "` (not yet in the catalogue)");
                }
                s.append("| ").append(p.number()).append(" | ").append(cell(p.text())).append(" | ")
                        .append(cell(p.developedIn())).append(", p").append(p.pages()).append(" | ")
                        .append(signs.isEmpty() ? "none" : String.join(", ", signs)).append(" | ")
                        .append(cell(encoding(m, p))).append(" |\n");
            }
            s.append('\n');
            List<String> untraced = m.signs().stream().map(DocsModel.SignDoc::sign)
                    .filter(sign -> t.learningPoints().stream().noneMatch(p -> p.signs().contains(sign))).toList();
            s.append("### Signs no learning point names\n\n")
                    .append(untraced.isEmpty() ? "None: every sign in the catalogue traces to a key learning point."
                            : untraced.stream().map(MarkdownDocs::signLink).collect(Collectors.joining(", "))
                              + ": each still cites the body of the report (see below).")
                    .append("\n\n");
        }
        s.append("## The report's sections and the signs whose rules cite them\n\n")
                .append("Sections and their pages follow the report's contents table; a section runs from its first page ")
                .append("to the page where the next begins.\n\n")
                .append("| Section | Pages | Signs whose rules cite it (pages cited) | Encoded? What is left out, and why |\n|---|---|---|---|\n");
        for (Traceability.SectionRow row : t.matrix(m.rules())) {
            s.append("| ").append(cell(row.section()))
                    .append(row.inContents() ? "" : " (not a section of the report's contents table)").append(" | ")
                    .append(row.inContents() ? pages(row.firstPage(), row.lastPage()) : "–").append(" | ")
                    .append(row.signs().isEmpty() ? "–" : citing(row)).append(" | ")
                    .append(cell(encoding(row))).append(" |\n");
        }
        return s.toString();
    }

    /** "Partly encoded: what is left out" and the like, derived by {@link Traceability#encoding}. */
    static String encoding(DocsModel m, Traceability.LearningPoint p) {
        int in = (int) p.signs().stream().filter(m::hasSign).count();
        String status = Traceability.encoding(in, p.signs().size() - in, p.notEncodedBecause());
        return p.notEncodedBecause().isBlank() ? status + "." : status + ": " + p.notEncodedBecause();
    }

    static String encoding(Traceability.SectionRow row) {
        String status = Traceability.encoding(row.signs().size(), 0, row.notEncoded());
        return row.notEncoded().isBlank() ? status + "." : status + ": " + row.notEncoded();
    }

    private static String citing(Traceability.SectionRow row) {
        List<String> out = new ArrayList<>();
        row.signs().forEach((sign, pages) -> out.add(signLink(sign) + " (" + pageList(row, pages) + ")"));
        return String.join(", ", out);
    }

    /** "p6", or "p9, outside the section's pages" for a page the contents table does not give the section. */
    static String pageList(Traceability.SectionRow row, SortedSet<Integer> pages) {
        return pages.stream().map(p -> "p" + p + (row.inContents() && !Traceability.citesWithin(row, p)
                ? ", outside the section's pages" : "")).collect(Collectors.joining(", "));
    }

    static String pages(int first, int last) {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    /** The rule's message template with thresholds in force filled in and answers left as {@code {field}}. */
    static String message(RuleInfo r) {
        Map<String, Double> values = new TreeMap<>();
        r.thresholds().forEach(t -> values.put(t.name(), t.value()));
        return RuleDefinition.describe(r.message(), values);
    }

    static String value(ThresholdInfo t) {
        return t.value() == t.defaultValue() ? Words.number(t.defaultValue())
                : Words.number(t.defaultValue()) + " (in force: " + Words.number(t.value()) + ")";
    }

    /** A link to a sign's page from a page in the docs folder. */
    static String signLink(String sign) {
        return "[" + sign + "](" + signPath(sign) + ")";
    }

    private static String codes(List<String> fields) {
        return fields.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "));
    }

    /** Text safe inside a Markdown table cell. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
