package org.programmehealth.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final String md = MarkdownRenderer.render(Reports.sample("Riverside"));

    @Test
    void theScores_areATable_worstThemeFirst_withNotAssessedThemesSaidSo() {
        assertThat(md).containsSubsequence("## What to talk about first", "### 1. Closure discussed early", "**To discuss:**",
                "## The numbers", "| Theme | Score | Warning signs |", "| Process | 45/100 | 2 |",
                "| Underlying behaviours | 80/100 | 1 |", "| Leadership | 100/100 | 0 |", "| What drives change | *not assessed* |",
                "| Mind-sets, assumptions and motivations | *not assessed* |");
    }

    @Test
    void severalRespondents_haveATableOfTheAnswersThatDifferMost_withEachRespondentsAnswer() {
        String multi = MarkdownRenderer.render(Reports.threeRespondents());
        assertThat(multi).containsSubsequence("## Where the answers differ most",
                "| Question | the centre (Programme director) | the locality (Lead officer) | a local partner |",
                "| **far apart:** 'Local leaders feel the programme is theirs' (1 to 5) | 4 | 2 | not answered |");
        assertThat(multi).contains("**Seen by** the locality (Lead officer); **not by** the centre (Programme director)");
    }

    @Test
    void diagnostics_haveHeadingsByTheme_evidenceTables_advice_andWhatWouldClearThem() {
        assertThat(md).containsSubsequence("## Warning signs: 3", "### Process (45/100)", "#### Unrealistic timescales",
                "**What to do:** Hold your nerve.", "##### CRITICAL: Closure discussed early",
                "| `timescales.partnershipAgeMonths` | 14 | \\< 24 |",
                "**What would clear it:** `timescales.reviewOrClosureDiscussed` from yes to no, or `timescales.partnershipAgeMonths` from 14 to 24",
                "##### MEDIUM: Many bodies asking", "### Underlying behaviours (80/100)");
        assertThat(md).contains("## Not assessed (2 rules)").contains("| `drivers/rule` | Some sign | `centre.outcomesAgreed`, `centre.prescribesProcess` |");
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
