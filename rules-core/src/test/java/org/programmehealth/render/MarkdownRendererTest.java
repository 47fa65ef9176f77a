package org.programmehealth.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final String md = MarkdownRenderer.render(Reports.sample("Riverside"));

    @Test
    void theScores_areATable_worstThemeFirst_withNotAssessedThemesSaidSo() {
        assertThat(md).containsSubsequence("| Theme | Score | Warning signs |", "| PROCESS | 45/100 | 2 |",
                "| BEHAVIOURS | 80/100 | 1 |", "| LEADERSHIP | 100/100 | 0 |", "| DRIVERS | *not assessed* |",
                "| MINDSETS | *not assessed* |");
    }

    @Test
    void diagnostics_haveHeadingsByTheme_evidenceTables_advice_andWhatWouldClearThem() {
        assertThat(md).containsSubsequence("### PROCESS (45/100)", "#### CRITICAL: Closure discussed early",
                "| `timescales.partnershipAgeMonths` | 14 | \\< 24 |", "**What to do:** Hold your nerve.",
                "**What would clear it:** `timescales.reviewOrClosureDiscussed` from true to false, or `timescales.partnershipAgeMonths` from 14 to 24",
                "#### MEDIUM: Many bodies asking", "### BEHAVIOURS (80/100)");
        assertThat(md).contains("## Not assessed (2 rules)").contains("| `drivers/rule` | SOME\\_SIGN | `centre.outcomesAgreed`, `centre.prescribesProcess` |");
        assertThat(md).contains("fingerprint* `sha256:abc123`");
    }

    @Test
    void textFromTheInput_isEscaped_soItCannotBecomeMarkupOrBreakATable() {
        String hostile = MarkdownRenderer.render(Reports.sample(Reports.HOSTILE));
        assertThat(hostile).contains("# Programme Health report: \\<script\\>alert('x')\\</script\\> \\& \"Co\" \\*bold\\* \\|pipe\\| \\[link\\](http://evil.example)")
                .doesNotContain("<script>");
        assertThat(MarkdownRenderer.paragraph("- item")).isEqualTo("\\- item");
        assertThat(MarkdownRenderer.paragraph("12. twelve")).isEqualTo("12\\. twelve");
        assertThat(MarkdownRenderer.esc("version 0.1.0")).isEqualTo("version 0.1.0");
        assertThat(MarkdownRenderer.esc("a\nb")).isEqualTo("a b");
    }
}
