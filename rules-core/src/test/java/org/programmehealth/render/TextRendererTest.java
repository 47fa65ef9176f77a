package org.programmehealth.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRendererTest {

    private final String text = TextRenderer.render(Reports.sample("Riverside"));

    @Test
    void themes_areListedWorstFirst_withNotAssessedThemesLast_andNeverAsZeroOr100() {
        assertThat(text).containsSubsequence("Scores by theme, worst first", "Process", "45/100", "Underlying behaviours", "80/100",
                "Leadership", "100/100", "What drives change", "not assessed", "Mind-sets, assumptions and motivations", "not assessed");
        assertThat(text).doesNotContain("[....................]").doesNotContain("PROCESS (").doesNotContain("(LEADERSHIP)");
    }

    @Test
    void warningSigns_areGroupedByTheme_worstThemeFirst_mostSevereFirstWithinATheme() {
        assertThat(text).containsSubsequence("Warning signs: 3, by theme", "Process (45/100)", "Unrealistic timescales:",
                "[CRITICAL] Closure discussed early", "Reporting overload:", "[MEDIUM] Many bodies asking",
                "Underlying behaviours (80/100)", "Incrementalism:", "[HIGH] Proposals from the drawing board");
    }

    @Test
    void eachDiagnostic_showsItsEvidence_whatToDo_andWhatWouldClearIt() {
        assertThat(text).containsSubsequence("Unrealistic timescales:", "What to do: Hold your nerve.",
                "[CRITICAL] Closure discussed early", "Evidence:",
                "timescales.reviewOrClosureDiscussed = yes  (is true)", "timescales.partnershipAgeMonths = 14  (< 24)",
                "What would clear it: timescales.reviewOrClosureDiscussed yes -> no, or timescales.partnershipAgeMonths 14 -> 24");
        assertThat(text).contains("What would clear it: no change to a single answer clears it on its own");
    }

    @Test
    void theReport_endsWithStrengths_theRulesNotAssessed_andCoverage() {
        assertThat(text).containsSubsequence("Strengths (1)", "Designed together (Leadership)",
                "Not assessed (2 rules)", "drivers/rule (Some sign): missing centre.outcomesAgreed, centre.prescribesProcess",
                "Coverage: 78% of the 9 rules could be assessed");
        assertThat(text).contains("Catalogue 1.2.3, 9 rules, fingerprint sha256:abc123");
    }

    @Test
    void aReportWithNothingAssessed_saysSo_insteadOfShowingAScore() {
        String empty = TextRenderer.render(Reports.empty());
        assertThat(empty).contains("Overall score: not assessed (no answers)").contains("Warning signs: 0")
                .contains("none found among the rules that could be assessed").doesNotContain("/100");
    }

    @Test
    void theReport_opensWithTheMostSevereSignsAsConversations_beforeTheNumbers() {
        assertThat(text).containsSubsequence("What to talk about first",
                "1. Closure discussed early (Critical, unrealistic timescales)", "What we see: Closure was discussed at 14 months.",
                "To discuss: ", "What to do: Hold your nerve.",
                "2. Proposals from the drawing board (High, incrementalism)", "3. Many bodies asking (Medium, reporting overload)",
                "The numbers", "Overall score: 75/100");
        assertThat(text.indexOf("What to talk about first")).isLessThan(text.indexOf("Overall score"));
    }

    @Test
    void aSignWithSeveralFindings_saysWhatToDoOnce_withItsFindingsUnderIt_andIsCountedOnce() {
        String two = TextRenderer.render(Reports.twoFindingsOfOneSign());
        assertThat(two.split("What to do: Channel requests.", -1)).as("recommendations of the sign").hasSize(3); // once in the conversation, once in the list
        assertThat(two).contains("Warning signs: 1 (2 findings)").containsSubsequence("Reporting overload: 2 findings",
                "What to do: Channel requests.", "[HIGH] Too many requests", "[MEDIUM] Many bodies asking");
    }

    @Test
    void severalRespondents_showWhoSeesEachSign_andTheAnswersThatDifferMost_sideBySide() {
        String multi = TextRenderer.render(Reports.threeRespondents());
        assertThat(multi).contains("Answered by the centre (Programme director), the locality (Lead officer) and a local partner");
        assertThat(multi).containsSubsequence("What to talk about first", "Who sees it: the locality (Lead officer)",
                "Who does not: the centre (Programme director), whose answers do not show it; a local partner, who did not answer what it needs",
                "Where the answers differ most", "Question", "Centre", "Locality", "Partner",
                "! 'Local leaders feel the programme is theirs' (1 to 5)", "4", "2", "not answered", "The numbers");
    }

    @Test
    void lineBreaksInTheInputsOwnText_cannotForgeLinesOfTheReport() {
        String forged = TextRenderer.render(Reports.sample("Name\nOverall score: 100/100"));
        assertThat(forged.lines()).noneMatch(l -> l.startsWith("Overall score: 100/100"));
    }
}
