package org.programmehealth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Score;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Theme;
import org.programmehealth.report.Waiver;

/** The scoring method on hand-made diagnostics and unanswered rules, without a rule base. */
class ScoringTest {

    private static final Set<Theme> ALL = EnumSet.allOf(Theme.class);

    private static Diagnostic found(String rule, String sign, Theme theme, Severity severity) {
        return new Diagnostic(rule, sign, theme, severity, "t", "m", List.of(), "r", new Source("s", 1), 0);
    }

    private static Scoring.Unanswered open(String rule, String sign, Theme theme, Severity severity) {
        return new Scoring.Unanswered(new NotAssessed(rule, sign, List.of("a.b")), theme, severity, false);
    }

    private static Scoring.Outcome score(List<Diagnostic> found, List<Scoring.Unanswered> open, Set<Theme> themes) {
        List<Diagnostic> sorted = new ArrayList<>(found);
        sorted.sort((x, y) -> Integer.compare(y.severity().ordinal(), x.severity().ordinal()));
        return Scoring.score(Scoring.charge(sorted), open, themes);
    }

    @Test
    void nothingFound_andNothingUnanswered_scoresOneHundred_withANarrowRange() {
        Score s = score(List.of(), List.of(), ALL).score();
        assertThat(s.overall()).isEqualTo(100);
        assertThat(s.range()).isEqualTo(new Score.Range(100, 100));
    }

    @Test
    void anUnansweredRule_costsAsIfItHadFired_andTheRangeShowsTheScoreIfItWereFine() {
        Scoring.Outcome o = score(List.of(), List.of(open("a/x", "A", Theme.PROCESS, Severity.MEDIUM)), ALL);
        assertThat(o.score().themes().get(Theme.PROCESS)).isEqualTo(90);
        assertThat(o.score().overall()).isEqualTo(98);
        assertThat(o.score().range()).isEqualTo(new Score.Range(100, 98));
        assertThat(o.charged()).extracting(NotAssessed::penalty).containsExactly(10);
    }

    @Test
    void anUnansweredRule_paysOnlyWhatItsSignDoesNotAlreadyCost() {
        List<Diagnostic> found = List.of(found("a/high", "A", Theme.PROCESS, Severity.HIGH));
        List<Scoring.Unanswered> open = List.of(open("a/medium", "A", Theme.PROCESS, Severity.MEDIUM),
                open("a/critical", "A", Theme.PROCESS, Severity.CRITICAL));
        Scoring.Outcome o = score(found, open, ALL);
        // the sign costs its most severe rule once: 20 through the diagnostic, 15 more through the unanswered CRITICAL
        assertThat(o.charged()).extracting(NotAssessed::ruleId, NotAssessed::penalty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a/medium", 0), org.assertj.core.groups.Tuple.tuple("a/critical", 15));
        assertThat(o.score().themes().get(Theme.PROCESS)).isEqualTo(65);
    }

    @Test
    void anUnwaivedCritical_holdsTheOverallAtFifty_andAHighAtSeventyFive() {
        Score critical = score(List.of(found("a/x", "A", Theme.PROCESS, Severity.CRITICAL)), List.of(), ALL).score();
        assertThat(critical.themes().get(Theme.PROCESS)).isEqualTo(65);
        assertThat(critical.overall()).as("a mean of 93, held").isEqualTo(Scoring.CRITICAL_CAP);
        Score high = score(List.of(found("a/x", "A", Theme.PROCESS, Severity.HIGH)), List.of(), ALL).score();
        assertThat(high.overall()).as("a mean of 96, held").isEqualTo(Scoring.HIGH_CAP);
        Score medium = score(List.of(found("a/x", "A", Theme.PROCESS, Severity.MEDIUM)), List.of(), ALL).score();
        assertThat(medium.overall()).isEqualTo(98);
    }

    @Test
    void anUnansweredCritical_holdsTheHeadline_butNotTheEndOfTheRangeWhereItIsFine() {
        Score s = score(List.of(), List.of(open("a/x", "A", Theme.MINDSETS, Severity.CRITICAL)), ALL).score();
        assertThat(s.overall()).isEqualTo(50);
        assertThat(s.range()).isEqualTo(new Score.Range(100, 50));
    }

    @Test
    void aWaivedCritical_costsNothing_andHoldsNothing() {
        Waiver w = new Waiver("a/x", null, "agreed with the board", "PMO", LocalDate.of(2030, 1, 1));
        Diagnostic waived = found("a/x", "A", Theme.PROCESS, Severity.CRITICAL).withWaiver(w);
        Score s = Scoring.score(Scoring.charge(List.of(waived)), List.of(), ALL).score();
        assertThat(s.overall()).isEqualTo(100);
        Scoring.Unanswered openWaived = new Scoring.Unanswered(new NotAssessed("b/x", "B", List.of("a.b")),
                Theme.PROCESS, Severity.CRITICAL, true);
        assertThat(Scoring.score(List.of(), List.of(openWaived), ALL).score().overall()).isEqualTo(100);
    }

    @Test
    void aThemeIsNullOnlyWhenNoneOfItsWarningRulesApplies_andDropsOutOfTheMean() {
        Score s = score(List.of(found("a/x", "A", Theme.PROCESS, Severity.LOW)), List.of(),
                EnumSet.of(Theme.PROCESS, Theme.DRIVERS)).score();
        assertThat(s.themes().get(Theme.LEADERSHIP)).isNull();
        assertThat(s.overall()).isEqualTo(98);
        assertThat(score(List.of(), List.of(), EnumSet.noneOf(Theme.class)).score().overall()).isNull();
    }

    @Test
    void turningAFiredRuleIntoAnUnansweredOne_neverRaisesTheScore() {
        Diagnostic high = found("a/high", "A", Theme.PROCESS, Severity.HIGH);
        Diagnostic medium = found("a/medium", "A", Theme.PROCESS, Severity.MEDIUM);
        int before = score(List.of(high, medium), List.of(), ALL).score().overall();
        int after = score(List.of(medium), List.of(open("a/high", "A", Theme.PROCESS, Severity.HIGH)), ALL).score().overall();
        assertThat(after).isLessThanOrEqualTo(before);
        int silentBefore = score(List.of(medium), List.of(), ALL).score().overall();
        int silentAfter = score(List.of(medium), List.of(open("b/low", "B", Theme.DRIVERS, Severity.LOW)), ALL).score().overall();
        assertThat(silentAfter).isLessThan(silentBefore);
    }
}
