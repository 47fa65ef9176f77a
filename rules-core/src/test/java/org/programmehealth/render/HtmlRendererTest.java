package org.programmehealth.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private final String html = HtmlRenderer.render(Reports.sample("Riverside"));

    @Test
    void thePage_isSelfContained_noScriptNoExternalAsset_andForbidsThemByPolicy() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContainIgnoringCase("<script")
                .doesNotContain("http:").doesNotContain("https:").doesNotContain("src=").doesNotContain("<link")
                .doesNotContain("@import").contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
        assertThat(html).endsWith("</html>\n");
    }

    @Test
    void theChart_hasABarPerTheme_worstFirst_andNotAssessedThemesAreLabelled_neverDrawnAsAScore() {
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(svg).containsSubsequence("data-theme=\"PROCESS\" data-score=\"45\"", "data-theme=\"BEHAVIOURS\" data-score=\"80\"",
                "data-theme=\"LEADERSHIP\" data-score=\"100\"", "data-theme=\"DRIVERS\" data-score=\"not-assessed\"",
                "data-theme=\"MINDSETS\" data-score=\"not-assessed\"");
        Matcher bars = Pattern.compile("<g class=\"bar\" data-theme=\"(\\w+)\" data-score=\"not-assessed\">(.*?)</g>").matcher(svg);
        int notAssessed = 0;
        while (bars.find()) {
            notAssessed++;
            assertThat(bars.group(2)).contains(">not assessed</text>").doesNotContain("/100");
        }
        assertThat(notAssessed).isEqualTo(2);
        assertThat(svg).contains("<desc id=\"chart-desc\">Process: 45/100; Underlying behaviours: 80/100; Leadership: 100/100;"
                + " What drives change: not assessed; Mind-sets, assumptions and motivations: not assessed</desc>");
        assertThat(svg).as("one neutral colour, not red/amber/green").doesNotContain("#2e7d4f").doesNotContain("#c0392b").doesNotContain("#b7791f");
    }

    @Test
    void thePage_showsDiagnostics_strengths_notAssessed_coverage_andTheCatalogue() {
        assertThat(html).containsSubsequence("id=\"talk\"", "What to talk about first", "Closure discussed early", "To discuss",
                "id=\"scores\"", "id=\"diagnostics\"", "What to do", "Hold your nerve.", "Closure discussed early",
                "timescales.partnershipAgeMonths", "What would clear it", "<code>timescales.partnershipAgeMonths</code> from 14 to <strong>24</strong>",
                "Proposals from the drawing board", "no change to a single answer clears it on its own",
                "id=\"strengths\"", "Designed together", "id=\"not-assessed\"", "<code>centre.outcomesAgreed</code>",
                "Coverage 78% of the 9 rules", "version 1.2.3", "sha256:abc123");
    }

    @Test
    void severalRespondents_haveATableOfTheAnswersThatDifferMost_beforeTheNumbers() {
        String multi = HtmlRenderer.render(Reports.threeRespondents());
        assertThat(multi).containsSubsequence("id=\"talk\"", "Who sees it", "the locality (Lead officer)", "id=\"differences\"",
                "<th>the centre (Programme director)</th><th>the locality (Lead officer)</th><th>a local partner</th>",
                "<td class=\"apart\">&#39;Local leaders feel the programme is theirs&#39; (1 to 5)", "<td>4</td><td>2</td><td>not answered</td>",
                "id=\"scores\"");
    }

    @Test
    void everyPieceOfTextFromTheInput_isEscaped() {
        String hostile = HtmlRenderer.render(Reports.sample(Reports.HOSTILE));
        assertThat(hostile).doesNotContain("<script>").doesNotContain("'x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
        assertThat(HtmlRenderer.esc("a\u0000b")).isEqualTo("a b");
    }

    @Test
    void theSameReport_alwaysGivesTheSameBytes() {
        assertThat(HtmlRenderer.render(Reports.sample("Riverside"))).isEqualTo(html);
    }

    @Test
    void aReportWithNothingAssessed_drawsEveryThemeAsNotAssessed() {
        String empty = HtmlRenderer.render(Reports.empty());
        assertThat(empty.split("data-score=\"not-assessed\"", -1)).hasSize(6);
        assertThat(empty).contains("<b>not assessed</b><span>overall score</span>");
    }
}
