package org.programmehealth.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.catalogue.Catalogue;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The headline never rewards a blank: leaving out any one answer of any catalogue case, any of the
 * report's stories, the sample or a random assessment never raises {@code score.overall}; and an
 * unwaived CRITICAL or HIGH warning always shows in the number.
 */
class ScoreMonotonicityTest {

    private static final Path ASSESSMENTS = Path.of("../examples/assessments");
    private final ProgrammeHealth health = Catalogue.engine();

    private record Input(String name, ObjectNode json) {
    }

    private static List<Input> inputs() throws IOException {
        List<Input> out = new ArrayList<>();
        Catalogue.cases().forEach(c -> out.add(new Input(c.sign() + ": " + c.name(), (ObjectNode) c.assessment().deepCopy())));
        List<Path> files;
        try (Stream<Path> list = Files.list(ASSESSMENTS.resolve("stories"))) {
            files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".json") && !p.endsWith("expected.json")).sorted().toList());
        }
        files.add(ASSESSMENTS.resolve("sample-programme.json"));
        files.add(ASSESSMENTS.resolve("sparse.json"));
        for (Path f : files) {
            out.add(new Input(f.getFileName().toString(), (ObjectNode) RandomAssessments.MAPPER.readTree(f.toFile())));
        }
        return out;
    }

    /** Every answer of a document that can be left out on its own: a JSON path as a list of keys and indexes. */
    static List<List<Object>> answers(ObjectNode root) {
        List<List<Object>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            String name = section.getKey();
            if (name.equals("history") && section.getValue().isArray()) {
                for (int i = 0; i < section.getValue().size(); i++) {
                    JsonNode snapshot = section.getValue().get(i);
                    for (Iterator<Map.Entry<String, JsonNode>> s = snapshot.fields(); s.hasNext(); ) {
                        Map.Entry<String, JsonNode> part = s.next();
                        leaves(part.getValue(), List.of("history", i, part.getKey()), out);
                    }
                }
            } else if (section.getValue().isObject()) {
                leaves(section.getValue(), List.of(name), out);
            }
        }
        out.removeIf(p -> p.equals(List.of("programme", "id")) || p.equals(List.of("programme", "name"))
                || p.equals(List.of("programme", "assessedOn")));
        return out;
    }

    private static void leaves(JsonNode node, List<Object> at, List<List<Object>> out) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isNull()) {
                List<Object> path = new ArrayList<>(at);
                path.add(f.getKey());
                out.add(path);
            }
        }
    }

    static ObjectNode without(ObjectNode root, List<Object> path) {
        ObjectNode copy = root.deepCopy();
        JsonNode node = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object k = path.get(i);
            node = k instanceof Integer n ? ((ArrayNode) node).get(n) : node.get((String) k);
        }
        ((ObjectNode) node).remove((String) path.get(path.size() - 1));
        return copy;
    }

    private Integer overall(ObjectNode json, String name) {
        return health.assess(health.parse(json.toString(), name)).score().overall();
    }

    @TestFactory
    Stream<DynamicTest> leavingOutAnyOneAnswer_ofEveryCaseAndStory_neverRaisesTheOverallScore() throws IOException {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            Integer before = overall(input.json(), input.name());
            assertThat(before).as("overall of %s", input.name()).isNotNull();
            for (List<Object> answer : answers(input.json())) {
                Integer after = overall(without(input.json(), answer), input.name() + " without " + answer);
                assertThat(after).as("%s without %s", input.name(), answer).isNotNull().isLessThanOrEqualTo(before);
            }
        }));
    }

    @Property(tries = 300)
    void leavingOutARandomAnswer_ofARandomAssessment_neverRaisesTheOverallScore(
            @ForAll long seed, @ForAll @DoubleRange(min = 0.2, max = 1.0) double answerRate,
            @ForAll @IntRange(min = 0, max = 3) int history) {
        Random random = new Random(seed);
        ObjectNode json = RandomAssessments.assessment(random, answerRate, history);
        List<List<Object>> answers = answers(json);
        if (answers.isEmpty()) {
            return;
        }
        List<Object> answer = answers.get(random.nextInt(answers.size()));
        assertThat(overall(without(json, answer), "random without " + answer)).as("without %s", answer)
                .isLessThanOrEqualTo(overall(json, "random " + seed));
    }

    @Property(tries = 300)
    void anUnwaivedCriticalKeepsTheOverallAtOrBelowFifty_andAHighAtOrBelowSeventyFive(
            @ForAll long seed, @ForAll @DoubleRange(min = 0.3, max = 1.0) double answerRate) {
        Report r = health.assess(health.parse(RandomAssessments.assessment(new Random(seed), answerRate, 1).toString(), "random"));
        Integer overall = r.score().overall();
        for (Diagnostic d : r.diagnostics()) {
            if (d.severity() == Severity.CRITICAL) {
                assertThat(overall).as("with %s", d.ruleId()).isLessThanOrEqualTo(50);
            } else if (d.severity() == Severity.HIGH) {
                assertThat(overall).as("with %s", d.ruleId()).isLessThanOrEqualTo(75);
            }
        }
        assertThat(r.score().range().ifUnansweredFire()).isEqualTo(overall);
        assertThat(r.score().range().ifUnansweredFine()).isGreaterThanOrEqualTo(overall);
    }
}
