package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;

/** "Does not apply" is not "not answered": through the public API, on the sample programme. */
class NotApplicableTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");
    private final ProgrammeHealth health = Catalogue.engine();

    private static ObjectNode sample() throws Exception {
        return (ObjectNode) MAPPER.readTree(Files.readString(SAMPLE));
    }

    @Test
    void aSectionThatDoesNotApply_listsItsRulesAsNotApplicable_costsNothing_andLeavesCoverageWhole() throws Exception {
        ObjectNode unanswered = sample();
        unanswered.remove("partnership");
        ObjectNode notApplicable = unanswered.deepCopy();
        notApplicable.putArray("notApplicable").add("partnership");

        Report blank = health.assess(health.parse(unanswered.toString(), "blank"));
        Report na = health.assess(health.parse(notApplicable.toString(), "not applicable"));

        assertThat(na.notApplicable()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.notApplicable()).allMatch(p -> p.startsWith("partnership.")));
        assertThat(na.notAssessed()).as("nothing is left unanswered").isEmpty();
        assertThat(blank.notAssessed()).extracting(NotAssessed::ruleId)
                .containsExactlyInAnyOrderElementsOf(na.notApplicable().stream().map(NotApplicable::ruleId).toList());
        assertThat(na.coverage()).as("what does not apply is left out of coverage").isEqualTo(1.0);
        assertThat(blank.coverage()).isLessThan(1.0);
        assertThat(na.score().overall()).as("it costs nothing").isGreaterThanOrEqualTo(blank.score().overall());
        assertThat(na.score().range().ifUnansweredFine()).isEqualTo(na.score().overall());
        assertThat(na.score().range().ifUnansweredFine()).isEqualTo(blank.score().range().ifUnansweredFine());

        JsonNode json = MAPPER.readTree(health.toJson(na));
        assertThat(json.path("notApplicable").isArray()).isTrue();
        assertThat(json.path("notApplicable").get(0).path("ruleId").isTextual()).isTrue();
    }

    @Test
    void oneAnswerThatDoesNotApply_leavesOutOnlyTheRulesThatNeedIt() throws Exception {
        ObjectNode json = sample();
        ((ObjectNode) json.path("centre")).remove("targetRedefinitions");
        json.putArray("notApplicable").add("centre.targetRedefinitions");
        Report r = health.assess(health.parse(json.toString(), "no target"));
        assertThat(r.notApplicable()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.notApplicable()).containsExactly("centre.targetRedefinitions"));
        assertThat(r.diagnostics()).noneMatch(d -> d.evidence().stream().anyMatch(e -> e.field().equals("centre.targetRedefinitions")));
    }

    @Test
    void aFirstSelfAssessment_canSayItHasNoHistory_soTrendsDoNotApply() throws Exception {
        String json = "{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"},"
                + "\"notApplicable\":[\"history\"]}";
        Report r = health.assess(health.parse(json, "first"));
        assertThat(r.notApplicable()).isNotEmpty().allSatisfy(n -> assertThat(n.notApplicable()).allMatch(p -> p.startsWith("history[*].")));
        assertThat(r.notAssessed()).noneMatch(n -> n.missing().stream().anyMatch(m -> m.startsWith("history")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "answered and not applicable|\"reporting\":{\"requestingBodies\":3},\"notApplicable\":[\"reporting.requestingBodies\"]|is marked as not applicable but is answered at $.reporting.requestingBodies",
        "a section answered|\"partnership\":{\"trustBetweenPartners\":3},\"notApplicable\":[\"partnership\"]|is answered at $.partnership.trustBetweenPartners",
        "no such question|\"notApplicable\":[\"partnership.pilots\"]|is not a section or a question of format version 1",
        "the identity|\"notApplicable\":[\"programme.id\"]|always apply",
        "listed twice|\"notApplicable\":[\"partnership\",\"partnership\"]|is listed twice",
        "history given|\"history\":[{\"assessedOn\":\"2008-01-01\"}],\"notApplicable\":[\"history\"]|is answered at $.history[0]"})
    void aBadNotApplicableList_isBadInput_withItsPathLineAndColumn(String name, String sections, String message) {
        String json = "{\"schemaVersion\":\"1\",\n\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"},\n" + sections + "}";
        assertThatThrownBy(() -> health.parse(json, "bad.json")).isInstanceOf(InvalidAssessmentException.class)
                .satisfies(e -> assertThat(((InvalidAssessmentException) e).problems()).anySatisfy(p -> {
                    assertThat(p.path()).startsWith("$.notApplicable[");
                    assertThat(p.message()).contains(message);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isPositive();
                }));
    }

    @Test
    void anInputWithoutTheList_readsAsBefore_andItsReportListsNothingAsNotApplicable() {
        Report r = health.assess(health.read(SAMPLE));
        assertThat(r.notApplicable()).isEmpty();
        assertThat(health.read(SAMPLE).notApplicable()).isEmpty();
    }
}
