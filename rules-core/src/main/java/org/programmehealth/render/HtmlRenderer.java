package org.programmehealth.render;

import java.util.List;

import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * The report as one self-contained HTML page: inline CSS, an inline SVG bar chart of the five
 * theme scores (a theme that could not be assessed is drawn as <em>not assessed</em>, never as 0
 * or 100), the warning signs by theme, worst first, with evidence, advice and what would clear
 * them, the strengths, the rules not assessed with the answers they need, coverage, and the
 * catalogue's version and fingerprint. No script, no external asset (a Content-Security-Policy in
 * the page forbids both), and every piece of text HTML-escaped. The same report always gives the
 * same bytes.
 */
public final class HtmlRenderer {

    /** Geometry of the chart, in SVG user units. */
    private static final int LABEL = 130;
    private static final int PLOT = 400;
    private static final int ROW = 40;
    private static final int BAR_HEIGHT = 24;
    private static final int TOP = 28;

    private static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; --good: #2e7d4f; --fair: #b7791f; --poor: #c0392b;
              --critical: #8e1b1b; --high: #c0392b; --medium: #b7791f; --low: #4a6fa5; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              color: var(--ink); background: #f4f6f8; }
            main { max-width: 980px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
            h1 { font-size: 1.7rem; margin: 0 0 4px; }
            h2 { font-size: 1.3rem; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
            h3 { font-size: 1.1rem; margin: 24px 0 8px; }
            .meta { color: var(--muted); margin: 0 0 16px; }
            .headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 16px 0; }
            .figure { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; }
            .figure b { display: block; font-size: 1.8rem; line-height: 1.2; }
            .figure span { color: var(--muted); font-size: .9rem; }
            svg.chart { display: block; width: 100%; max-width: 640px; height: auto; }
            article.diagnostic { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
              padding: 10px 16px; margin: 12px 0; }
            article.critical { border-left-color: var(--critical); }
            article.high { border-left-color: var(--high); }
            article.medium { border-left-color: var(--medium); }
            article.low { border-left-color: var(--low); }
            .severity { display: inline-block; font-size: .75rem; font-weight: 700; letter-spacing: .04em; color: #fff;
              border-radius: 4px; padding: 1px 6px; margin-right: 6px; vertical-align: middle; }
            .severity.critical { background: var(--critical); } .severity.high { background: var(--high); }
            .severity.medium { background: var(--medium); } .severity.low { background: var(--low); }
            article h4 { display: inline; font-size: 1rem; margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: .92rem; }
            th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
            th { color: var(--muted); font-weight: 600; }
            table.evidence { table-layout: fixed; }
            table.evidence td { overflow-wrap: anywhere; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; }
            dl { margin: 8px 0 0; } dt { font-weight: 600; margin-top: 6px; } dd { margin: 0 0 0 0; }
            .small { color: var(--muted); font-size: .85rem; }
            .fingerprint { word-break: break-all; }
            footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--line); }
            @media print { body { background: #fff; } main { padding: 0; } article.diagnostic { break-inside: avoid; } }
            """;

    private HtmlRenderer() {
    }

    public static String render(Report r) {
        String name = esc(r.programme().name());
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Programme Health, report version ").append(esc(r.reportVersion())).append("\">\n")
                .append("<title>Programme Health report: ").append(name).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");

        out.append("<header>\n<h1>").append(name).append("</h1>\n")
                .append("<p class=\"meta\">Programme Health report for <code>").append(esc(r.programme().id()))
                .append("</code>, assessed on ").append(r.programme().assessedOn()).append("</p>\n")
                .append("<div class=\"headline\">\n")
                .append(figure(r.score().overall() == null ? "not assessed" : r.score().overall() + "/100", "overall score"))
                .append(figure(ReportView.percent(r.coverage()), "coverage of the rules"))
                .append(figure(Integer.toString(r.diagnostics().size()), r.diagnostics().size() == 1 ? "warning sign" : "warning signs"))
                .append(figure(Integer.toString(r.strengths().size()), r.strengths().size() == 1 ? "strength" : "strengths"))
                .append("</div>\n</header>\n");

        out.append("<section id=\"scores\">\n<h2>Scores by theme</h2>\n").append(chart(r))
                .append("<p class=\"small\">100 means no warning sign among the theme's rules that could be assessed. ")
                .append("A theme none of whose rules had the answers they need is shown as <em>not assessed</em>: no answers is not good news.</p>\n")
                .append("</section>\n");

        out.append("<section id=\"diagnostics\">\n<h2>Warning signs (").append(r.diagnostics().size())
                .append("), by theme, worst first</h2>\n");
        if (r.diagnostics().isEmpty()) {
            out.append("<p>None found among the rules that could be assessed.</p>\n");
        }
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            if (t.diagnostics().isEmpty()) {
                continue;
            }
            out.append("<h3>").append(t.theme()).append(" <span class=\"small\">").append(esc(ReportView.score(t.score())))
                    .append("</span></h3>\n");
            for (Diagnostic d : t.diagnostics()) {
                diagnostic(out, d);
            }
        }
        out.append("</section>\n");

        out.append("<section id=\"strengths\">\n<h2>Strengths (").append(r.strengths().size()).append(")</h2>\n");
        if (r.strengths().isEmpty()) {
            out.append("<p>None found among the rules that could be assessed.</p>\n");
        } else {
            out.append("<ul>\n");
            for (Strength s : r.strengths()) {
                out.append("<li><strong>").append(esc(s.title())).append("</strong> <span class=\"small\">(")
                        .append(s.theme()).append(")</span><br>").append(esc(s.message())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");

        out.append("<section id=\"not-assessed\">\n<h2>Not assessed (").append(esc(ReportView.plural(r.notAssessed().size(), "rule", "rules")))
                .append(")</h2>\n");
        if (r.notAssessed().isEmpty()) {
            out.append("<p>None: every rule had the answers it needs.</p>\n");
        } else {
            out.append("<p>Answer these to widen the check; a rule not assessed is not a pass.</p>\n")
                    .append("<table>\n<thead><tr><th>Rule</th><th>Sign</th><th>Missing answers</th></tr></thead>\n<tbody>\n");
            for (NotAssessed n : r.notAssessed()) {
                out.append("<tr><td><code>").append(esc(n.ruleId())).append("</code></td><td>").append(esc(n.sign()))
                        .append("</td><td>").append(codes(n.missing())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");

        out.append("<footer class=\"small\">\n<p>Coverage ").append(ReportView.percent(r.coverage())).append(" of ")
                .append(ReportView.rulesCounted(r)).append(" of the catalogue, version ").append(esc(r.catalogue().version()))
                .append(". Fingerprint of its rule sources: <code class=\"fingerprint\">").append(esc(r.catalogue().fingerprint()))
                .append("</code></p>\n<p>Warning signs from <cite>Total Place: Lessons Learnt</cite> (OPM, 2009). Report version ")
                .append(esc(r.reportVersion())).append(".</p>\n</footer>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String figure(String value, String label) {
        return "<div class=\"figure\"><b>" + esc(value) + "</b><span>" + esc(label) + "</span></div>\n";
    }

    private static void diagnostic(StringBuilder out, Diagnostic d) {
        String severity = ReportView.lower(d.severity());
        out.append("<article class=\"diagnostic ").append(severity).append("\">\n")
                .append("<span class=\"severity ").append(severity).append("\">").append(d.severity()).append("</span>")
                .append("<h4>").append(esc(d.title())).append("</h4>\n")
                .append("<p>").append(esc(d.message())).append("</p>\n")
                .append("<table class=\"evidence\">\n<colgroup><col style=\"width: 42%\"><col style=\"width: 20%\"><col style=\"width: 38%\"></colgroup>\n")
                .append("<thead><tr><th>Answer</th><th>Value</th><th>Condition</th></tr></thead>\n<tbody>\n");
        for (Evidence e : d.evidence()) {
            out.append("<tr><td><code>").append(esc(e.field())).append("</code></td><td>").append(esc(ReportView.value(e.value())))
                    .append("</td><td>").append(esc(e.condition())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<dl>\n<dt>What to do</dt><dd>").append(esc(d.recommendation())).append("</dd>\n")
                .append("<dt>What would clear it</dt><dd>");
        if (d.wouldClear() == null || d.wouldClear().isEmpty()) {
            out.append(esc(ReportView.wouldClear(d, "")));
        } else {
            for (int i = 0; i < d.wouldClear().size(); i++) {
                AnswerChange c = d.wouldClear().get(i);
                out.append(i == 0 ? "" : ", or ").append("<code>").append(esc(c.field())).append("</code> from ")
                        .append(esc(ReportView.value(c.from()))).append(" to <strong>").append(esc(ReportView.value(c.to())))
                        .append("</strong>");
            }
        }
        out.append("</dd>\n</dl>\n<p class=\"small\">Sign ").append(esc(d.sign())).append(", ").append(esc(ReportView.points(d)))
                .append("; rule <code>").append(esc(d.ruleId())).append("</code>; source: <cite>Total Place: Lessons Learnt</cite>, &ldquo;")
                .append(esc(d.source().section())).append("&rdquo;, p").append(d.source().page()).append("</p>\n</article>\n");
    }

    /** A horizontal bar per theme, worst first; a theme not assessed is a hatched outline labelled so, never a bar. */
    static String chart(Report r) {
        List<ReportView.ThemeView> themes = ReportView.themesWorstFirst(r);
        int width = LABEL + PLOT + 90;
        int height = TOP + themes.size() * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"theme-chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"system-ui, sans-serif\" font-size=\"14\">\n")
                .append("<title id=\"chart-title\">Scores by theme</title>\n<desc id=\"chart-desc\">");
        for (int i = 0; i < themes.size(); i++) {
            svg.append(i == 0 ? "" : "; ").append(themes.get(i).theme()).append(": ").append(esc(ReportView.score(themes.get(i).score())));
        }
        svg.append("</desc>\n<defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#c5ccd6\" stroke-width=\"3\"/></pattern></defs>\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            int x = LABEL + tick * PLOT / 100;
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x).append("\" y2=\"")
                    .append(height - 8).append("\" stroke=\"#e3e7ec\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(TOP - 12)
                    .append("\" text-anchor=\"middle\" fill=\"#5b6472\" font-size=\"12\">").append(tick).append("</text>\n");
        }
        for (int i = 0; i < themes.size(); i++) {
            ReportView.ThemeView t = themes.get(i);
            int y = TOP + i * ROW + (ROW - BAR_HEIGHT) / 2;
            int mid = y + BAR_HEIGHT / 2 + 5;
            svg.append("<g class=\"bar\" data-theme=\"").append(t.theme()).append("\" data-score=\"")
                    .append(t.score() == null ? "not-assessed" : t.score()).append("\">")
                    .append("<text x=\"").append(LABEL - 10).append("\" y=\"").append(mid).append("\" text-anchor=\"end\" fill=\"#1d2430\">")
                    .append(t.theme()).append("</text>");
            if (t.score() == null) {
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(PLOT)
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"url(#hatch)\" stroke=\"#9aa3af\" stroke-dasharray=\"4 3\"/>")
                        .append("<text x=\"").append(LABEL + PLOT / 2).append("\" y=\"").append(mid)
                        .append("\" text-anchor=\"middle\" fill=\"#1d2430\" font-style=\"italic\">not assessed</text>");
            } else {
                int w = t.score() * PLOT / 100;
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(PLOT)
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#f0f2f5\"/>")
                        .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colour(t.score())).append("\"/>")
                        .append("<text x=\"").append(LABEL + PLOT + 8).append("\" y=\"").append(mid)
                        .append("\" fill=\"#1d2430\" font-weight=\"600\">").append(t.score()).append("/100</text>");
            }
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String colour(int score) {
        return score >= 75 ? "#2e7d4f" : score >= 50 ? "#b7791f" : "#c0392b";
    }

    private static String codes(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("<code>").append(esc(fields.get(i))).append("</code>");
        }
        return sb.toString();
    }

    /** Text as HTML: the five characters that can end text or an attribute become references; control characters become spaces. */
    static String esc(String s) {
        return Html.escape(s);
    }
}
