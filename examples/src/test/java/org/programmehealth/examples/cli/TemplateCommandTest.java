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
                "scope", "locality", "partnership", "learning", "rollOut", "history", "extensions");
        assertThat(t.path("programme").fieldNames().next()).isEqualTo("id");
    }

    /** Issue 13 item 10: the template says, for each answer, what it means and what it accepts, and stays valid input. */
    @Test
    void theGuide_saysForEveryAnswer_whatItAsksMeansAndAccepts_inTheTemplatesOrder() {
        ProgrammeHealthCliTest.Run r = run("template", "--guide");
        assertThat(r.code()).isZero();
        String guide = r.out();
        java.util.List<String> headings = new java.util.ArrayList<>();
        for (FormatQuestions.Question q : FormatQuestions.all()) {
            headings.add("### `" + q.path() + "`");
            assertThat(guide).as(q.path()).contains(q.ask()).contains(q.help()).contains("- Means: " + q.meaning());
            q.answers().values().forEach(words -> assertThat(guide).as(q.path()).contains(words));
        }
        assertThat(guide).containsSubsequence(headings);
        assertThat(guide).contains("  - `\"PILOT\"`: Piloting in a few places").contains("`true` or `false`")
                .contains("  - `3`: Neither agree nor disagree");
    }

    @Test
    void withOutput_theTemplateAndItsGuideAreWrittenSideBySide_andTheTemplateValidates(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("riverside.json");
        ProgrammeHealthCliTest.Run r = run("template", "--output", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        java.nio.file.Path guide = dir.resolve("riverside-guide.md");
        assertThat(r.out()).contains(guide.toString());
        assertThat(AssessmentFormat.defaults().validate(file)).isEmpty();
        assertThat(java.nio.file.Files.readString(guide)).startsWith("# Filling in the self-assessment template")
                .isEqualTo(TemplateCommand.guide());
        assertThat(run("validate", file.toString()).code()).isZero();
    }
}
