package org.programmehealth.render;

import java.util.List;

import org.programmehealth.model.Respondent;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Difference;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * The report as one self-contained HTML page. It opens with the few most severe warning signs as
 * conversations to have (what we see, who sees it, the question to discuss, what to do); with
 * several respondents, a table of the questions on which their answers differ most, side by side;
 * then the numbers: an inline SVG chart of the five theme scores in one neutral colour (not a
 * red/amber/green dashboard, which the report criticises; a theme that could not be assessed is
 * drawn as <em>not assessed</em>, never as 0 or 100), every warning sign by theme with its
 * recommendation once and its findings under it, the strengths, the rules not assessed with the
 * answers they need, coverage, and the catalogue's version and fingerprint. No script, no external
 * asset (a Content-Security-Policy in the page forbids both), and every piece of text HTML-escaped.
 * The same report always gives the same bytes.
 */
public final class HtmlRenderer {

    /** Geometry of the chart, in SVG user units. */
    private static final int LABEL = 300;
    private static final int PLOT = 400;
    private static final int ROW = 40;
    private static final int BAR_HEIGHT = 24;
    private static final int TOP = 28;

    private static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; --bar: #4a5a70;
              --critical: #1d2430; --high: #3d4a5c; --medium: #6b7788; --low: #9aa3af; }
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
            section.talk ol { padding-left: 1.4em; }
            section.talk li { margin: 0 0 18px; }
            section.talk li h3 { margin: 0 0 4px; }
            section.talk dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0 0; }
            section.talk dt { margin: 0; } section.talk dd { margin: 0; }
            table.differences td.apart { font-weight: 600; }
            .sign { border-top: 1px solid var(--line); margin-top: 16px; padding-top: 8px; }
            .sign h4 { display: block; font-size: 1.05rem; margin: 0 0 4px; }
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
                .append("</code>, assessed on ").append(r.programme().assessedOn());
        if (r.respondents() != null && !r.respondents().isEmpty()) {
            out.append(". Answered by ").append(esc(ReportView.join(r.respondents().stream().map(ReportView::who).toList())));
        }
        out.append("</p>\n</header>\n");

        out.append("<section id=\"talk\" class=\"talk\">\n<h2>What to talk about first</h2>\n");
        List<ReportView.SignView> talk = ReportView.conversations(r);
        if (talk.isEmpty()) {
            out.append("<p>No warning sign was found among the rules that could be assessed")
                    .append(r.notAssessed().isEmpty() ? ".</p>\n" : "; see what was not assessed before calling it good news.</p>\n");
        } else {
            out.append("<ol>\n");
            for (ReportView.SignView s : talk) {
                Diagnostic d = s.lead();
                out.append("<li><h3>").append(esc(d.title())).append(" <span class=\"small\">")
                        .append(esc(ReportView.severity(d.severity()))).append(", ")
                        .append(esc(ReportView.signName(d.sign()).toLowerCase(java.util.Locale.ROOT))).append("</span></h3>\n<dl>\n")
                        .append("<dt>What we see</dt><dd>").append(esc(d.message())).append("</dd>\n");
                String seen = ReportView.seenBy(r, d);
                if (seen != null) {
                    out.append("<dt>Who sees it</dt><dd>").append(esc(seen)).append("</dd>\n")
                            .append("<dt>Who does not</dt><dd>").append(esc(ReportView.notSeenBy(r, d))).append("</dd>\n");
                }
                out.append("<dt>To discuss</dt><dd>").append(esc(ReportView.question(r, s))).append("</dd>\n")
                        .append("<dt>What to do</dt><dd>").append(esc(d.recommendation())).append("</dd>\n</dl></li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n");

        if (ReportView.several(r)) {
            out.append("<section id=\"differences\">\n<h2>Where the answers differ most</h2>\n");
            List<Difference> diffs = ReportView.differences(r);
            if (diffs.isEmpty()) {
                out.append("<p>The respondents gave the same answer to every rating and yes/no question they all answered.</p>\n");
            } else {
                out.append("<table class=\"differences\">\n<thead><tr><th>Question</th>");
                for (Respondent x : r.respondents()) {
                    out.append("<th>").append(esc(ReportView.who(x))).append("</th>");
                }
                out.append("</tr></thead>\n<tbody>\n");
                for (Difference d : diffs) {
                    out.append("<tr><td").append(d.apart() ? " class=\"apart\"" : "").append(">").append(esc(ReportView.questionText(d)))
                            .append(d.apart() ? " <span class=\"small\">(far apart)</span>" : "").append("</td>");
                    for (Difference.Answer a : d.answers()) {
                        out.append("<td>").append(esc(ReportView.answer(a.value()))).append("</td>");
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n<p class=\"small\">Far apart: ratings two or more points apart, or opposite yes/no answers,")
                        .append(" between the centre and a local respondent.</p>\n");
            }
            out.append("</section>\n");
        }

        out.append("<section id=\"scores\">\n<h2>The numbers</h2>\n")
                .append("<div class=\"headline\">\n")
                .append(figure(r.score().overall() == null ? "not assessed" : r.score().overall() + "/100", "overall score"))
                .append(figure(ReportView.percent(r.coverage()), "coverage of the rules"))
                .append(figure(Integer.toString(ReportView.signs(r).size()), ReportView.signs(r).size() == 1 ? "warning sign" : "warning signs"))
                .append(figure(Integer.toString(r.strengths().size()), r.strengths().size() == 1 ? "strength" : "strengths"))
                .append("</div>\n").append(ReportView.rangeNote(r) == null ? "" : "<p>" + esc(ReportView.rangeNote(r)) + "</p>\n")
                .append(chart(r))
                .append("<p class=\"small\">100 means no warning sign among the theme's rules. A rule that could not be assessed ")
                .append("counts as if it had fired: no answer is not good news. A theme none of whose rules applies is shown as <em>not assessed</em>.</p>\n")
                .append("</section>\n");

        out.append("<section id=\"diagnostics\">\n<h2>").append(esc(ReportView.signsHeading(r)))
                .append(", by theme, worst first</h2>\n");
        if (r.diagnostics().isEmpty()) {
            out.append("<p>None found among the rules that could be assessed.</p>\n");
        }
        for (ReportView.ThemeView t : ReportView.themesWorstFirst(r)) {
            if (t.signs().isEmpty()) {
                continue;
            }
            out.append("<h3>").append(esc(ReportView.theme(t.theme()))).append(" <span class=\"small\">").append(esc(ReportView.score(t.score())))
                    .append("</span></h3>\n");
            for (ReportView.SignView s : t.signs()) {
                out.append("<div class=\"sign\">\n<h4>").append(esc(ReportView.signName(s.sign()))).append("</h4>\n")
                        .append("<p class=\"small\">").append(esc(ReportView.plural(s.findings().size(), "finding", "findings"))).append(", ")
                        .append(esc(ReportView.points(s))).append("; source: <cite>Total Place: Lessons Learnt</cite>, &ldquo;")
                        .append(esc(s.lead().source().section())).append("&rdquo;, p").append(s.lead().source().page()).append("</p>\n")
                        .append("<p><strong>What to do:</strong> ").append(esc(s.lead().recommendation())).append("</p>\n");
                for (Diagnostic d : s.findings()) {
                    diagnostic(r, out, d);
                }
                out.append("</div>\n");
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
                        .append(esc(ReportView.theme(s.theme()))).append(")</span><br>").append(esc(s.message()));
                if (ReportView.several(r) && s.seenBy() != null) {
                    out.append("<br><span class=\"small\">Seen by ").append(esc(ReportView.join(s.seenBy().stream().map(ReportView::who).toList())))
                            .append("</span>");
                }
                out.append("</li>\n");
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
                out.append("<tr><td><code>").append(esc(n.ruleId())).append("</code></td><td>").append(esc(ReportView.signName(n.sign())))
                        .append("</td><td>").append(codes(n.missing())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");

        if (!r.notApplicable().isEmpty()) {
            out.append("<section id=\"not-applicable\">\n<h2>Not applicable (")
                    .append(esc(ReportView.plural(r.notApplicable().size(), "rule", "rules"))).append(")</h2>\n")
                    .append("<p>The respondent said these questions do not apply; these rules cost nothing.</p>\n")
                    .append("<table>\n<thead><tr><th>Rule</th><th>Sign</th><th>Does not apply</th></tr></thead>\n<tbody>\n");
            for (NotApplicable n : r.notApplicable()) {
                out.append("<tr><td><code>").append(esc(n.ruleId())).append("</code></td><td>").append(esc(ReportView.signName(n.sign())))
                        .append("</td><td>").append(codes(n.notApplicable())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }
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

    private static void diagnostic(Report r, StringBuilder out, Diagnostic d) {
        String severity = ReportView.lower(d.severity());
        out.append("<article class=\"diagnostic ").append(severity).append("\">\n")
                .append("<span class=\"severity ").append(severity).append("\">").append(d.severity()).append(d.isWaived() ? ", WAIVED" : "")
                .append("</span>").append("<h4>").append(esc(d.title())).append("</h4>\n")
                .append("<p>").append(esc(d.message())).append("</p>\n");
        if (d.isWaived()) {
            out.append("<p class=\"small\">Waived by ").append(esc(d.waiver().owner())).append(" until ").append(d.waiver().expires())
                    .append(": ").append(esc(d.waiver().reason())).append("</p>\n");
        }
        String seen = ReportView.seenBy(r, d);
        if (seen != null) {
            out.append("<p class=\"small\"><strong>Seen by</strong> ").append(esc(seen)).append("; <strong>not by</strong> ")
                    .append(esc(ReportView.notSeenBy(r, d))).append("</p>\n");
        }
        out.append("<table class=\"evidence\">\n<colgroup><col style=\"width: 42%\"><col style=\"width: 20%\"><col style=\"width: 38%\"></colgroup>\n")
                .append("<thead><tr><th>Answer</th><th>Value</th><th>Condition</th></tr></thead>\n<tbody>\n");
        for (Evidence e : d.evidence()) {
            out.append("<tr><td><code>").append(esc(e.field())).append("</code></td><td>").append(esc(ReportView.value(e.value())))
                    .append("</td><td>").append(esc(e.condition())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<dl>\n<dt>What would clear it</dt><dd>");
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
        out.append("</dd>\n</dl>\n<p class=\"small\">Rule <code>").append(esc(d.ruleId())).append("</code>")
                .append(d.penalty() > 0 ? esc(", " + ReportView.plural(d.penalty(), "point", "points")) : "").append("</p>\n</article>\n");
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
            svg.append(i == 0 ? "" : "; ").append(esc(ReportView.theme(themes.get(i).theme()))).append(": ").append(esc(ReportView.score(themes.get(i).score())));
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
                    .append(esc(ReportView.theme(t.theme()))).append("</text>");
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
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#4a5a70\"/>")
                        .append("<text x=\"").append(LABEL + PLOT + 8).append("\" y=\"").append(mid)
                        .append("\" fill=\"#1d2430\" font-weight=\"600\">").append(t.score()).append("/100</text>");
            }
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
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
