package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/**
 * The question bank words every field of the format's schema, and only those: a field added to the
 * schema without a question fails here, naming it, rather than going unasked in the web form, the
 * terminal questionnaire and the template's guide.
 */
class QuestionBankTest {

    /** Every answer field of the schema's sections, read from the schema itself (not through FormatQuestions). */
    private static List<String> schemaFields() {
        JsonNode schema = FormatQuestions.schema();
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            JsonNode node = section.getValue();
            if (node.has("$ref")) {
                node = schema.path("$defs").path(node.get("$ref").asText().substring("#/$defs/".length()));
            }
            node.path("properties").fieldNames().forEachRemaining(f -> out.add(section.getKey() + "." + f));
        }
        return out;
    }

    @Test
    void theBank_asksEveryFieldOfTheSchema_andNothingElse() {
        List<String> fields = schemaFields();
        assertThat(fields).hasSizeGreaterThan(60);
        assertThat(FormatQuestions.all()).extracting(FormatQuestions.Question::path).containsExactlyElementsOf(fields);
        List<String> bank = new ArrayList<>();
        FormatQuestions.bank().path("questions").fieldNames().forEachRemaining(bank::add);
        assertThat(bank).containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void aNewSchemaField_withoutAQuestion_failsLoudly_namingTheField() {
        ObjectNode schema = FormatQuestions.schema().deepCopy();
        ((ObjectNode) schema.path("$defs").path("centre").path("properties")).putObject("newAnswer").put("type", "boolean");
        assertThatThrownBy(() -> FormatQuestions.all(schema, FormatQuestions.bank()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("centre.newAnswer")
                .hasMessageContaining("has no question for");
    }

    @Test
    void theRespondentObjectOfThePerspectivesContract_isNotAQuestion_whenItLands() {
        ObjectNode schema = FormatQuestions.schema().deepCopy();
        ObjectNode respondent = ((ObjectNode) schema.path("properties")).putObject("respondent");
        respondent.put("type", "object").putObject("properties").putObject("perspective").putArray("enum").add("CENTRE");
        assertThat(FormatQuestions.all(schema, FormatQuestions.bank())).extracting(FormatQuestions.Question::section)
                .doesNotContain("respondent").contains("programme", "rollOut");
    }

    @Test
    void aNewChoice_withoutWords_failsLoudly_naming() {
        ObjectNode schema = FormatQuestions.schema().deepCopy();
        JsonNode stage = schema.path("properties").path("programme").path("properties").path("stage");
        ((com.fasterxml.jackson.databind.node.ArrayNode) stage.path("enum")).insert(0, "CLOSED");
        assertThatThrownBy(() -> FormatQuestions.all(schema, FormatQuestions.bank()))
                .hasMessageContaining("CLOSED").hasMessageContaining("programme.stage");
    }

    private static final Pattern FIELD_NAME = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)*\\b");

    @Test
    void everyQuestion_isInPlainEnglish_withHelp_andEveryAllowedAnswerInWords() {
        for (FormatQuestions.Question q : FormatQuestions.all()) {
            assertThat(q.ask()).as(q.path()).isNotBlank().doesNotContainPattern(FIELD_NAME)
                    .doesNotContainPattern(CODE);
            assertThat(q.help()).as(q.path()).isNotBlank().doesNotContainPattern(FIELD_NAME).doesNotContainPattern(CODE);
            if (q.kind() == FormatQuestions.Kind.CHOICE) {
                assertThat(q.answers().keySet()).as(q.path()).containsExactlyElementsOf(q.choices());
                q.answers().values().forEach(w -> assertThat(w).as(q.path()).doesNotContainPattern(CODE).doesNotContain("_"));
                assertThat(q.range()).as(q.path()).doesNotContainPattern(CODE);
            }
        }
    }

    @Test
    void ratings_sayWhatEachNumberMeans_agreementForStatements_strengthForTheRest() {
        FormatQuestions.Question quickWins = byPath("locality.quickWinPressure");
        assertThat(quickWins.answers()).containsExactly(Map.entry("1", "Strongly disagree"), Map.entry("2", "Disagree"),
                Map.entry("3", "Neither agree nor disagree"), Map.entry("4", "Agree"), Map.entry("5", "Strongly agree"));
        assertThat(byPath("locality.dataQuality").answers()).containsEntry("1", "Very weak").containsEntry("5", "Very strong");
        assertThat(FormatQuestions.answer(quickWins, "agree").asInt()).isEqualTo(4);
    }

    @Test
    void answers_areAcceptedByNumberWordsOrCode_andRefusedInWords() {
        FormatQuestions.Question stage = byPath("programme.stage");
        assertThat(FormatQuestions.answer(stage, "2").asText()).isEqualTo("PILOT");
        assertThat(FormatQuestions.answer(stage, "piloting in a few places").asText()).isEqualTo("PILOT");
        assertThat(FormatQuestions.answer(stage, "roll-out").asText()).isEqualTo("ROLL_OUT");
        assertThatThrownBy(() -> FormatQuestions.answer(stage, "closed")).hasMessageContaining("Still being designed");
        assertThatThrownBy(() -> FormatQuestions.answer(byPath("programme.startedOn"), "1/2/2009"))
                .hasMessage("'1/2/2009' is not a date written as year-month-day, for example 2009-10-30");
        assertThat(FormatQuestions.inWords(stage, FormatQuestions.answer(stage, "3"))).isEqualTo("Rolling out to more places");
    }

    @Test
    void doesNotApply_isOfferedWhereTheReviewFoundItMissing() {
        assertThat(byPath("centre.targetRedefinitions").mayNotApply()).isTrue();
        assertThat(byPath("timescales.partnershipAgeMonths").mayNotApply()).isTrue();
        assertThat(byPath("partnership.coDesign").sectionMayNotApply()).isTrue();
        assertThat(byPath("rollOut.localitiesInScope").sectionMayNotApply()).isTrue();
        assertThat(byPath("centre.outcomesAgreed").mayNotApply()).isFalse();
    }

    static FormatQuestions.Question byPath(String path) {
        return FormatQuestions.all().stream().filter(q -> q.path().equals(path)).findFirst().orElseThrow();
    }
}
