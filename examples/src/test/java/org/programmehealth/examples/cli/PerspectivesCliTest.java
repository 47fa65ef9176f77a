package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several responses about one programme, from the command line: {@code assess FILE FILE...} and {@code batch}. */
class PerspectivesCliTest {

    static final Path STORY = Path.of("assessments/stories/total-place-three-views");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String[] files(String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(STORY.resolve(n).toString());
        }
        return out.toArray(new String[0]);
    }

    private static String[] args(String[] head, String... files) {
        List<String> out = new ArrayList<>(List.of(head));
        out.addAll(List.of(files));
        return out.toArray(new String[0]);
    }

    @Test
    void assess_ofThreeResponses_givesOneReport_withWhoSeesEachSign_andTheSameBytesInAnyOrder() throws Exception {
        ProgrammeHealthCliTest.Run forward = run(args(new String[] {"assess", "--format", "json"},
                files("centre.json", "locality.json", "partner.json")));
        ProgrammeHealthCliTest.Run backward = run(args(new String[] {"assess", "--format", "json"},
                files("partner.json", "centre.json", "locality.json")));
        assertThat(forward.code()).as(forward.err()).isZero();
        assertThat(backward.out()).isEqualTo(forward.out());
        JsonNode report = MAPPER.readTree(forward.out());
        assertThat(report.path("respondents").size()).isEqualTo(3);
        assertThat(report.path("differences").size()).isPositive();
        JsonNode colliding = null;
        for (JsonNode d : report.path("diagnostics")) {
            if (d.path("sign").asText().equals("COLLIDING_MINDSETS")) {
                colliding = d;
            }
        }
        assertThat(colliding).isNotNull();
        assertThat(colliding.path("seenBy").size()).isEqualTo(3);
    }

    @Test
    void assess_ofThreeResponses_asText_leadsWithTheConversations_andShowsTheAnswersSideBySide() {
        ProgrammeHealthCliTest.Run r = run(args(new String[] {"assess"}, files("centre.json", "locality.json", "partner.json")));
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsSubsequence("Answered by the centre", "What to talk about first", "Who sees it:", "Who does not:",
                "Where the answers differ most", "Centre", "Locality", "Partner", "The numbers");
    }

    @Test
    void assess_ofResponsesAboutTwoProgrammes_exitsWith2_namingBothFiles(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(STORY.resolve("locality.json")).replace("total-place-2009-three-views", "another-programme"));
        String centre = STORY.resolve("centre.json").toString();
        ProgrammeHealthCliTest.Run r = run("assess", centre, other.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(centre).contains(other.toString()).contains("$.programme.id")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void assess_ofSeveralResponses_oneWithoutARespondent_exitsWith2_namingIt(@TempDir Path dir) throws Exception {
        Path anonymous = dir.resolve("anonymous.json");
        JsonNode locality = MAPPER.readTree(STORY.resolve("locality.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) locality).remove("respondent");
        Files.writeString(anonymous, locality.toString());
        ProgrammeHealthCliTest.Run r = run("assess", STORY.resolve("centre.json").toString(), anonymous.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(anonymous.toString()).contains("$.respondent");
    }

    @Test
    void batch_assessesAFolderInsideTheBatchFolder_asOneProgrammesResponses(@TempDir Path dir) throws Exception {
        Path programme = Files.createDirectory(dir.resolve("three-views"));
        for (String f : List.of("centre.json", "locality.json", "partner.json")) {
            Files.copy(STORY.resolve(f), programme.resolve(f));
        }
        Files.copy(Path.of("assessments/sample-programme.json"), dir.resolve("sample.json"));
        ProgrammeHealthCliTest.Run r = run("batch", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> records = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            records.add(MAPPER.readTree(line));
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(0).path("input").asText()).isEqualTo("sample.json");
        assertThat(records.get(1).path("input").asText()).isEqualTo("three-views/");
        assertThat(records.get(1).path("respondents").size()).isEqualTo(3);
        assertThat(records.get(2).path("summary").path("assessed").asInt()).isEqualTo(2);
    }

    @Test
    void batch_assessesAJsonLinesArray_asOneProgrammesResponses_andReportsAMismatchAsABadRecord(@TempDir Path dir) throws Exception {
        String centre = MAPPER.readTree(STORY.resolve("centre.json").toFile()).toString();
        String locality = MAPPER.readTree(STORY.resolve("locality.json").toFile()).toString();
        String stranger = locality.replace("total-place-2009-three-views", "another-programme");
        Path jsonl = dir.resolve("views.jsonl");
        Files.writeString(jsonl, "[" + centre + "," + locality + "]\n[" + centre + "," + stranger + "]\n");
        ProgrammeHealthCliTest.Run r = run("batch", jsonl.toString());
        assertThat(r.code()).isEqualTo(2);
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(MAPPER.readTree(lines[0]).path("respondents").size()).isEqualTo(2);
        JsonNode error = MAPPER.readTree(lines[1]).path("error");
        assertThat(error.path("kind").asText()).isEqualTo("invalid");
        assertThat(error.path("problems").get(0).path("path").asText()).isEqualTo("$.programme.id");
        assertThat(error.path("problems").get(0).path("message").asText()).contains("line 2 response 1").contains("line 2 response 2");
    }
}
