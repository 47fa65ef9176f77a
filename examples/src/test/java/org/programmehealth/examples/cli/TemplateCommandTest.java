package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.programmehealth.AssessmentFormat;

class TemplateCommandTest {

    @Test
    void theTemplate_isAValidAssessment_withEveryFieldOfTheFormat_allNullButTheIdentity() throws Exception {
        ProgrammeHealthCliTest.Run r = run("template");
        assertThat(r.code()).isZero();
        assertThat(AssessmentFormat.defaults().validate(r.out(), "template")).isEmpty();
        JsonNode t = new ObjectMapper().readTree(r.out());
        assertThat(t.path("schemaVersion").asText()).isEqualTo("1");
        for (FormatQuestions.Question q : FormatQuestions.all()) {
            JsonNode v = t.path(q.section()).get(q.field());
            assertThat(v).as(q.path()).isNotNull();
            if (!q.required()) {
                assertThat(v.isNull()).as(q.path()).isTrue();
            }
        }
        assertThat(t.path("programme").path("id").asText()).isEqualTo(TemplateCommand.ID);
        assertThat(t.path("history").isArray()).isTrue();
        assertThat(t.path("extensions").isObject()).isTrue();
    }

    @Test
    void theTemplate_coversEverySectionOfTheSchema_inTheFormatsOrder() throws Exception {
        JsonNode t = new ObjectMapper().readTree(run("template").out());
        java.util.List<String> keys = new java.util.ArrayList<>();
        t.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schemaVersion", "programme", "centre", "sponsorship", "timescales", "reporting",
                "scope", "locality", "partnership", "learning", "rollOut", "history", "extensions", "respondent");
        assertThat(t.path("programme").fieldNames().next()).isEqualTo("id");
    }
}
