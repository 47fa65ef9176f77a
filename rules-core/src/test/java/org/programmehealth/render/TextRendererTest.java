package org.programmehealth.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRendererTest {

    private final String text = TextRenderer.render(Reports.sample("Riverside"));

    @Test
    void themes_areListedWorstFirst_withNotAssessedThemesLast_andNeverAsZeroOr100() {
        assertThat(text).containsSubsequence("Scores by theme, worst first", "PROCESS", "45/100", "BEHAVIOURS", "80/100",
                "LEADERSHIP", "100/100", "DRIVERS", "not assessed", "MINDSETS", "not assessed");
        assertThat(text).doesNotContain("DRIVERS     [....................]");
    }

    @Test
    void warningSigns_areGroupedByTheme_worstThemeFirst_mostSevereFirstWithinATheme() {
        assertThat(text).containsSubsequence("Warning signs (3)", "PROCESS (45/100)", "[CRITICAL] Closure discussed early",
                "[MEDIUM] Many bodies asking", "BEHAVIOURS (80/100)", "[HIGH] Proposals from the drawing board");
    }

    @Test
    void eachDiagnostic_showsItsEvidence_whatToDo_andWhatWouldClearIt() {
        assertThat(text).containsSubsequence("[CRITICAL] Closure discussed early", "Evidence:",
                "- timescales.reviewOrClosureDiscussed = true  (is true)", "- timescales.partnershipAgeMonths = 14  (< 24)",
                "What to do: Hold your nerve.",
                "What would clear it: timescales.reviewOrClosureDiscussed true -> false, or timescales.partnershipAgeMonths 14 -> 24");
        assertThat(text).contains("What would clear it: no change to a single answer clears it on its own");
    }

    @Test
    void theReport_endsWithStrengths_theRulesNotAssessed_andCoverage() {
        assertThat(text).containsSubsequence("Strengths (1)", "Designed together (LEADERSHIP)",
                "Not assessed (2 rules)", "drivers/rule (SOME_SIGN): missing centre.outcomesAgreed, centre.prescribesProcess",
                "Coverage: 78% of the 9 rules could be assessed");
        assertThat(text).contains("Catalogue 1.2.3, 9 rules, fingerprint sha256:abc123");
    }

    @Test
    void aReportWithNothingAssessed_saysSo_insteadOfShowingAScore() {
        String empty = TextRenderer.render(Reports.empty());
        assertThat(empty).contains("Overall score: not assessed (no answers)").contains("Warning signs (0)")
                .contains("none found among the rules that could be assessed").doesNotContain("/100");
    }

    @Test
    void lineBreaksInTheInputsOwnText_cannotForgeLinesOfTheReport() {
        String forged = TextRenderer.render(Reports.sample("Name\nOverall score: 100/100"));
        assertThat(forged.lines()).noneMatch(l -> l.startsWith("Overall score: 100/100"));
    }
}
