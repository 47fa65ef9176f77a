package org.programmehealth.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.programmehealth.RuleInfo;
import org.programmehealth.ThresholdInfo;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Theme;

/**
 * The catalogue as one self-contained HTML page: inline CSS, no script, no external asset, so it
 * can be mailed, archived or printed as it is.
 */
public final class HtmlDocs {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
            h1,h2,h3,h4{line-height:1.25}
            h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
            table{border-collapse:collapse;width:100%;margin:.75rem 0}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em}
            pre{background:#f6f8fa;padding:.75rem;overflow:auto}
            .sev{font-weight:bold;padding:0 .35rem;border-radius:.2rem;white-space:nowrap}
            .CRITICAL{background:#7a0019;color:#fff}.HIGH{background:#b03a2e;color:#fff}
            .MEDIUM{background:#e67e22;color:#000}.LOW{background:#f4d03f;color:#000}.STRENGTH{background:#2e7d32;color:#fff}
            .sign{border-left:4px solid #ddd;padding-left:1rem;margin:2rem 0}
            .muted{color:#555}
            .missing{color:#8a4b00}
            @media print{body{max-width:none}}
            """;

    private HtmlDocs() {
    }

    public static String html(DocsModel m) {
        StringBuilder s = new StringBuilder();
        s.append("<!-- ").append(Words.doNotEdit()).append(" -->\n")
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Programme Health rule catalogue ").append(esc(m.catalogue().version())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(s, m);
        byTheme(s, m);
        bySeverity(s, m);
        thresholds(s, m);
        s.append("<h2 id=\"signs\">The signs</h2>\n");
        m.signs().forEach(x -> sign(s, x));
        scoring(s);
        traceability(s, m);
        return s.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder s, DocsModel m) {
        s.append("<h1>The Programme Health rule catalogue</h1>\n")
                .append("<p>The warning signs of failing public-service change programmes, and the strengths that protect them, ")
                .append("as the rules check them, from <cite>").append(esc(Words.REPORT)).append("</cite>.</p>\n")
                .append("<table><tr><th>Catalogue version</th><th>Rules</th><th>Fingerprint of the rule sources</th></tr>\n")
                .append("<tr><td>").append(esc(m.catalogue().version())).append("</td><td>").append(m.catalogue().rules())
                .append("</td><td><code>").append(esc(m.catalogue().fingerprint())).append("</code></td></tr></table>\n")
                .append("<p class=\"muted\">Generated from the rules' own annotations and cases; do not edit. Regenerate with <code>")
                .append(esc(Words.REGENERATE_COMMAND)).append("</code>.</p>\n")
                .append("<nav><ul>\n<li><a href=\"#by-theme\">By theme</a></li>\n<li><a href=\"#by-severity\">By severity</a></li>\n")
                .append("<li><a href=\"#thresholds\">Thresholds</a></li>\n<li><a href=\"#signs\">The signs</a></li>\n")
                .append("<li><a href=\"#scoring\">How a report is scored</a></li>\n")
                .append("<li><a href=\"#traceability\">Traceability to the report</a></li>\n</ul></nav>\n");
    }

    private static void byTheme(StringBuilder s, DocsModel m) {
        s.append("<h2 id=\"by-theme\">By theme</h2>\n");
        for (Theme t : Theme.values()) {
            s.append("<h3>").append(t).append(": ").append(esc(Words.themeTitle(t))).append("</h3>\n");
            List<DocsModel.SignDoc> signs = m.signsIn(t);
            if (signs.isEmpty()) {
                s.append("<p>No sign of this theme is in the catalogue yet.</p>\n");
                continue;
            }
            s.append("<table><tr><th>Sign</th><th>Kind</th><th>Rules</th><th>Most severe</th><th>Cited</th></tr>\n");
            for (DocsModel.SignDoc x : signs) {
                s.append("<tr><td>").append(link(x.sign())).append("</td><td>").append(Words.kind(x.first()))
                        .append("</td><td>").append(x.rules().size()).append("</td><td>").append(badge(x.mostSevere(), x.isStrength()))
                        .append("</td><td>").append(esc(MarkdownDocs.citations(x))).append("</td></tr>\n");
            }
            s.append("</table>\n");
        }
    }

    private static void bySeverity(StringBuilder s, DocsModel m) {
        s.append("<h2 id=\"by-severity\">By severity</h2>\n");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity sev = Severity.values()[i];
            s.append("<h3>").append(badge(sev, false)).append(" ").append(sev.penalty()).append(" points</h3>\n");
            ruleTable(s, m.rulesOf(sev), "No rule of this severity is in the catalogue yet.");
        }
        s.append("<h3>").append(badge(null, true)).append(" Strengths, no points</h3>\n");
        ruleTable(s, m.strengthRules(), "No strength is in the catalogue yet.");
    }

    private static void ruleTable(StringBuilder s, List<RuleInfo> rules, String none) {
        if (rules.isEmpty()) {
            s.append("<p>").append(esc(none)).append("</p>\n");
            return;
        }
        s.append("<table><tr><th>Rule</th><th>Sign</th><th>Theme</th><th>Title</th></tr>\n");
        for (RuleInfo r : rules) {
            s.append("<tr><td><code>").append(esc(r.id())).append("</code></td><td>").append(link(r.sign()))
                    .append("</td><td>").append(r.theme()).append("</td><td>").append(esc(r.title())).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    private static void thresholds(StringBuilder s, DocsModel m) {
        s.append("<h2 id=\"thresholds\">Thresholds</h2>\n")
                .append("<p><em>report</em>: ").append(esc(Words.REPORT_PROVENANCE)).append(". <em>calibrated</em>: ")
                .append(esc(Words.CALIBRATED_PROVENANCE)).append(".</p>\n")
                .append("<table><tr><th>Threshold</th><th>Default</th><th>Provenance</th><th>Basis</th></tr>\n");
        for (ThresholdInfo t : MarkdownDocs.thresholds(m)) {
            thresholdRow(s, t);
        }
        s.append("</table>\n");
    }

    private static void thresholdRow(StringBuilder s, ThresholdInfo t) {
        s.append("<tr><td><code>").append(esc(t.name())).append("</code></td><td>").append(esc(MarkdownDocs.value(t)))
                .append("</td><td>").append(t.provenance()).append("</td><td>").append(esc(t.basis())).append("</td></tr>\n");
    }

    private static void sign(StringBuilder s, DocsModel.SignDoc x) {
        s.append("<section class=\"sign\" id=\"").append(anchor(x.sign())).append("\">\n<h3>").append(esc(x.sign())).append("</h3>\n")
                .append("<p>A ").append(Words.kind(x.first())).append(" of the theme ").append(x.theme()).append(" (")
                .append(esc(Words.themeTitle(x.theme()))).append("). Cites ").append(esc(MarkdownDocs.citations(x)))
                .append(".</p>\n");
        if (x.sharedRationale() != null) {
            s.append("<h4>Why it matters</h4>\n<p>").append(esc(x.sharedRationale())).append("</p>\n");
        }
        if (x.sharedRecommendation() != null) {
            s.append("<h4>What to do</h4>\n<p>").append(esc(x.sharedRecommendation())).append("</p>\n");
        }
        for (RuleInfo r : x.rules()) {
            s.append("<h4>").append(badge(r.severity(), r.isStrength())).append(" ").append(esc(r.title())).append("</h4>\n")
                    .append("<p><code>").append(esc(r.id())).append("</code>, cites ").append(esc(Words.citation(r.source())))
                    .append("</p>\n<p><strong>Logic.</strong> ").append(esc(Words.logic(r))).append("</p>\n")
                    .append("<p><strong>Needs</strong> ")
                    .append(r.needs().stream().map(f -> "<code>" + esc(f) + "</code>").collect(Collectors.joining(", ")))
                    .append(": while any is unanswered the rule is not assessed; it neither fires nor passes.</p>\n")
                    .append("<p><strong>Message.</strong> ").append(esc(MarkdownDocs.message(r))).append("</p>\n");
            if (r.severityBasis() != null) {
                s.append("<p><strong>Why ").append(r.severity()).append("</strong> (the catalogue's calibration, not a figure of the report's). ")
                        .append(esc(r.severityBasis())).append("</p>\n");
            }
            if (x.sharedRationale() == null) {
                s.append("<p><strong>Why it matters.</strong> ").append(esc(r.rationale())).append("</p>\n");
            }
            if (x.sharedRecommendation() == null) {
                s.append("<p><strong>What to do.</strong> ").append(esc(r.recommendation())).append("</p>\n");
            }
            if (!r.thresholds().isEmpty()) {
                s.append("<table><tr><th>Threshold</th><th>Default</th><th>Provenance</th><th>Basis</th></tr>\n");
                r.thresholds().forEach(t -> thresholdRow(s, t));
                s.append("</table>\n");
            }
        }
        example(s, "Fires", x.firing());
        example(s, "Stays silent", x.silent());
        s.append("</section>\n");
    }

    private static void example(StringBuilder s, String label, DocsModel.Example e) {
        if (e == null) {
            s.append("<p class=\"missing\">").append(label).append(": no such case in cases.json.</p>\n");
            return;
        }
        s.append("<details><summary>").append(label).append(": ").append(esc(e.name())).append("</summary>\n<pre>")
                .append(esc(e.assessmentJson())).append("</pre>\n");
        if (e.findings().isEmpty()) {
            s.append("<p>The engine reports no rule of this sign").append(esc(MarkdownDocs.notAssessed(e))).append(".</p>\n");
        } else {
            s.append("<ul>\n");
            for (DocsModel.Finding f : e.findings()) {
                s.append("<li>").append(badge(f.severity(), f.severity() == null)).append(" <code>").append(esc(f.ruleId()))
                        .append("</code>: ").append(esc(f.message())).append("<ul>\n");
                for (Evidence ev : f.evidence()) {
                    s.append("<li><code>").append(esc(ev.field())).append("</code> = ").append(esc(Evidence.format(ev.value())))
                            .append(" (").append(esc(ev.condition())).append(")</li>\n");
                }
                s.append("</ul></li>\n");
            }
            s.append("</ul>\n");
        }
        s.append("</details>\n");
    }

    private static void scoring(StringBuilder s) {
        s.append("<h2 id=\"scoring\">How a report is scored</h2>\n<ol>\n");
        Words.scoringMethod().forEach(step -> s.append("<li>").append(esc(step)).append("</li>\n"));
        s.append("</ol>\n<table><tr><th>Severity</th><th>Penalty</th></tr>\n");
        for (Severity sev : Severity.values()) {
            s.append("<tr><td>").append(badge(sev, false)).append("</td><td>").append(sev.penalty()).append("</td></tr>\n");
        }
        s.append("</table>\n<p>A worked example, recomputed by the build, is in <code>docs/scoring.md</code>.</p>\n");
    }

    private static void traceability(StringBuilder s, DocsModel m) {
        Traceability t = m.traceability();
        s.append("<h2 id=\"traceability\">Traceability to the report</h2>\n");
        if (t.learningPoints().isEmpty()) {
            s.append("<p>No traceability data (traceability.json) is on the class path.</p>\n");
        } else {
            s.append("<h3>The executive summary's key learning points</h3>\n<p>").append(esc(t.source())).append("</p>\n")
                    .append("<table><tr><th>#</th><th>Learning point (paraphrased)</th><th>Developed in</th>")
                    .append("<th>Signs that encode it</th><th>Encoded? What is left out, and why</th></tr>\n");
            for (Traceability.LearningPoint p : t.learningPoints()) {
                List<String> signs = new ArrayList<>();
                for (String sign : p.signs()) {
                    signs.add(m.hasSign(sign) ? link(sign)
                            : "<code>" + esc(sign) + "</code> <span class=\"missing\">(not yet in the catalogue)</span>");
                }
                s.append("<tr><td>").append(p.number()).append("</td><td>").append(esc(p.text())).append("</td><td>")
                        .append(esc(p.developedIn())).append(", p").append(esc(p.pages())).append("</td><td>")
                        .append(signs.isEmpty() ? "none" : String.join(", ", signs)).append("</td><td>")
                        .append(esc(MarkdownDocs.encoding(m, p))).append("</td></tr>\n");
            }
            s.append("</table>\n");
        }
        s.append("<h3>The report's sections and the signs whose rules cite them</h3>\n")
                .append("<table><tr><th>Section</th><th>Pages</th><th>Signs whose rules cite it (pages cited)</th><th>Encoded? What is left out, and why</th></tr>\n");
        for (Traceability.SectionRow row : t.matrix(m.rules())) {
            List<String> cited = new ArrayList<>();
            row.signs().forEach((sign, pages) -> cited.add(link(sign) + " (" + esc(MarkdownDocs.pageList(row, pages)) + ")"));
            s.append("<tr><td>").append(esc(row.section()))
                    .append(row.inContents() ? "" : " <span class=\"missing\">(not a section of the report's contents table)</span>")
                    .append("</td><td>").append(row.inContents() ? MarkdownDocs.pages(row.firstPage(), row.lastPage()) : "–")
                    .append("</td><td>").append(cited.isEmpty() ? "–" : String.join(", ", cited)).append("</td><td>")
                    .append(esc(MarkdownDocs.encoding(row))).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    private static String badge(Severity severity, boolean strength) {
        if (strength) {
            return "<span class=\"sev STRENGTH\">STRENGTH</span>";
        }
        return severity == null ? "–" : "<span class=\"sev " + severity + "\">" + severity + "</span>";
    }

    private static String link(String sign) {
        return "<a href=\"#" + anchor(sign) + "\">" + esc(sign) + "</a>";
    }

    private static String anchor(String sign) {
        return "sign-" + sign.toLowerCase(java.util.Locale.ROOT);
    }

    /** The one HTML escaper of the library ({@link org.programmehealth.render.Html#escape}). */
    static String esc(String text) {
        return org.programmehealth.render.Html.escape(text);
    }
}
