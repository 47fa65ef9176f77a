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
        assertThat(svg).contains("<desc id=\"chart-desc\">PROCESS: 45/100; BEHAVIOURS: 80/100; LEADERSHIP: 100/100; DRIVERS: not assessed; MINDSETS: not assessed</desc>");
    }

    @Test
    void thePage_showsDiagnostics_strengths_notAssessed_coverage_andTheCatalogue() {
        assertThat(html).containsSubsequence("id=\"diagnostics\"", "Closure discussed early", "timescales.partnershipAgeMonths",
                "What to do", "Hold your nerve.", "What would clear it", "<code>timescales.partnershipAgeMonths</code> from 14 to <strong>24</strong>",
                "Proposals from the drawing board", "no change to a single answer clears it on its own",
                "id=\"strengths\"", "Designed together", "id=\"not-assessed\"", "<code>centre.outcomesAgreed</code>",
                "Coverage 78% of the 9 rules", "version 1.2.3", "sha256:abc123");
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
