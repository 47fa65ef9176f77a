package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.programmehealth.Fixture;
import org.programmehealth.InputLimits;
import org.programmehealth.model.Assessment;

/**
 * {@link TreeBinder} gives the records Jackson's {@code treeToValue} gives, for every shipped
 * assessment and every case of the fixture catalogue, and gives up (so that Jackson reads the tree)
 * wherever an answer is not in the form it takes; {@link AssessmentReader} then returns Jackson's
 * records.
 */
class TreeBinderTest {

    private static final ObjectMapper JACKSON = Json.reader(InputLimits.defaults());

    private static Assessment jackson(JsonNode tree) {
        try {
            return JACKSON.treeToValue(tree, Assessment.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonNode tree(String text) throws IOException {
        return JACKSON.readTree(text);
    }

    @Test
    void bindsEveryShippedAssessmentAndCaseAsJacksonDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("../examples/assessments"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        Fixture.cases().forEach(c -> texts.add(c.json()));
        assertThat(texts).hasSizeGreaterThan(20);
        int withHistory = 0;
        for (String text : texts) {
            JsonNode tree = tree(text);
            Assessment expected = jackson(tree);
            assertThat(expected).as(text).isNotNull();
            Assessment bound = TreeBinder.assessment(tree);
            assertThat(bound).as(text).isNotNull().isEqualTo(expected);
            withHistory += bound.history().isEmpty() ? 0 : 1;
        }
        assertThat(withHistory).as("some have earlier snapshots").isPositive();
    }

    /** The sample with one change made to its tree. */
    private static JsonNode sample(Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) tree(Files.readString(Path.of("../examples/assessments/sample-programme.json")));
        change.accept(tree);
        return tree;
    }

    @Test
    void answersInTheFormsTheFormatAllowsAreBoundAsJacksonBindsThem() throws IOException {
        List<JsonNode> trees = List.of(
                sample(t -> ((ObjectNode) t.get("centre")).put("ringFencedFundingPercent", 40)),
                sample(t -> ((ObjectNode) t.get("centre")).put("ringFencedFundingPercent", 40.5)),
                sample(t -> ((ObjectNode) t.get("centre")).putNull("ringFencedFundingPercent")),
                sample(t -> t.remove("centre")),
                sample(t -> t.putNull("history")),
                sample(t -> t.putArray("history")),
                sample(t -> t.putObject("extensions")),
                sample(t -> t.putArray("notApplicable").add("partnership")),
                sample(t -> t.putObject("respondent").put("perspective", "LOCALITY").put("role", "lead")));
        for (JsonNode tree : trees) {
            Assessment bound = TreeBinder.assessment(tree);
            assertThat(bound).as(tree.toString()).isNotNull().isEqualTo(jackson(tree));
        }
    }

    @Test
    void givesUpWhereAnAnswerIsInAnotherFormAndTheReaderThenReturnsJacksonsRecords() throws IOException {
        List<JsonNode> trees = List.of(
                sample(t -> t.putObject("extensions").put("pmo.riskScore", 3).put("pmo.weight", 1.5).put("pmo.flagged", true)
                        .put("pmo.note", "x")),
                sample(t -> ((ObjectNode) t.get("centre")).put("directionChangesLast12Months", 2.0)),
                sample(t -> ((ObjectNode) t.get("centre")).put("directionChangesLast12Months", 10_000_000_000L)),
                sample(t -> ((ObjectNode) t.get("centre")).put("directionChangesLast12Months", "2")),
                sample(t -> ((ObjectNode) t.get("centre")).put("unknownAnswer", 1)),
                sample(t -> ((ObjectNode) t.get("programme")).put("assessedOn", "2009-13-01")),
                sample(t -> ((ObjectNode) t.get("programme")).put("stage", "roll out")),
                sample(t -> ((ArrayNode) t.get("history")).addNull()),
                sample(t -> t.putArray("notApplicable").add(3)));
        for (JsonNode tree : trees) {
            assertThat(TreeBinder.assessment(tree)).as(tree.toString()).isNull();
        }
        // the first one is a valid assessment: read, it is what Jackson makes of it
        JsonNode extended = trees.get(0);
        Assessment read = new AssessmentReader(InputLimits.defaults()).read("extended", extended.toString());
        assertThat(read).isEqualTo(jackson(extended));
        assertThat(read.extensions()).containsKey("pmo.riskScore");
    }
}
