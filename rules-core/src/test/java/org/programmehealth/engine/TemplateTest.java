package org.programmehealth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.ProblemComplexity;
import org.programmehealth.model.SeniorSponsor;
import org.programmehealth.model.Stage;

/** The one template filler says numbers and choices as English, thresholds included. */
class TemplateTest {

    @Test
    void months_arePluralised_andZeroMonthsFromNowIsNow() {
        assertThat(Template.format(1, "months")).isEqualTo("1 month");
        assertThat(Template.format(18, "months")).isEqualTo("18 months");
        assertThat(Template.format(0, "in-months")).isEqualTo("now");
        assertThat(Template.format(1, "in-months")).isEqualTo("in 1 month");
        assertThat(Template.format(12.0, "in-months")).isEqualTo("in 12 months");
    }

    @Test
    void counts_takeTheirNoun_andItsPlural() {
        assertThat(Template.format(1, "count:request")).isEqualTo("1 request");
        assertThat(Template.format(3, "count:request")).isEqualTo("3 requests");
        assertThat(Template.format(2, "count:priority:priorities")).isEqualTo("2 priorities");
        assertThat(Template.format(1, "times")).isEqualTo("once");
        assertThat(Template.format(2, "times")).isEqualTo("twice");
        assertThat(Template.format(5, "times")).isEqualTo("5 times");
    }

    @Test
    void signedChanges_areSaidInWords() {
        assertThat(Template.format(-70, "change")).isEqualTo("fell by 70%");
        assertThat(Template.format(20, "change")).isEqualTo("rose by 20%");
        assertThat(Template.format(0, "change")).isEqualTo("did not change");
        assertThat(Template.format(20, "points")).isEqualTo("rose by 20 points");
        assertThat(Template.format(-1, "points")).isEqualTo("fell by 1 point");
    }

    @Test
    void choices_areSaidByTheirPlainNames() {
        assertThat(Template.format(ProblemComplexity.COMPLEX, "words")).isEqualTo("complex");
        assertThat(Template.format(Stage.ROLL_OUT, "words")).isEqualTo("roll-out");
        assertThat(Template.format(SeniorSponsor.MINISTER, "a")).isEqualTo("a minister");
        assertThat(Template.format(SeniorSponsor.JUNIOR_OFFICIAL, "a")).isEqualTo("a junior official");
        assertThat(Template.format(SeniorSponsor.NONE, "a")).isEqualTo("nobody");
    }

    @Test
    void aTemplate_formatsItsThresholdsToo_andDescribesItsOtherPlaceholdersByName() {
        Template t = Template.compile("Due {timescales.monthsUntilResultsExpected|in-months}, under {x.limit|months}.",
                Map.of("x.limit", 1.0));
        assertThat(t.describe()).isEqualTo("Due {timescales.monthsUntilResultsExpected}, under 1 month.");
        assertThat(Template.knownFormatter("count")).isFalse();
        assertThat(Template.knownFormatter("count:day")).isTrue();
        assertThat(Template.knownFormatter("shout")).isFalse();
    }
}
