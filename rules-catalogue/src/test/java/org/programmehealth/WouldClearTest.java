package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.programmehealth.catalogue.Catalogue;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;

/**
 * "What would clear it", checked against every case of the catalogue and the sample, whatever
 * rules the catalogue holds: each change, applied alone to the input, makes its diagnostic go and
 * keeps the input valid; and a number one step nearer to the answer as given would not clear it.
 */
class WouldClearTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");

    private static final ProgrammeHealth CLEARING = ProgrammeHealth.builder().wouldClear(true).build();

    private final ProgrammeHealth health = CLEARING;

    private record Input(String name, String json) {
    }

    private static List<Input> inputs() throws Exception {
        List<Input> out = new ArrayList<>();
        out.add(new Input("sample", Files.readString(SAMPLE)));
        Catalogue.cases().forEach(c -> out.add(new Input(c.sign() + ": " + c.name(), c.json())));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyChangeShown_clearsItsDiagnosticOnItsOwn_keepsTheInputValid_andIsTheNearestThatDoes() throws Exception {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            Report report = health.assess(health.parse(input.json(), input.name()));
            for (Diagnostic d : report.diagnostics()) {
                if (d.wouldClear() == null) {
                    continue;
                }
                assertThat(d.wouldClear()).as(d.ruleId()).isNotEmpty();
                for (AnswerChange c : d.wouldClear()) {
                    assertThat(c.to()).as("%s %s", d.ruleId(), c.field()).isNotEqualTo(c.from());
                    assertThat(d.evidence()).as(d.ruleId()).anyMatch(e -> e.field().equals(c.field()) && sameValue(e.value(), c.from()));
                    String changed = change(input.json(), c.field(), c.to());
                    assertThat(health.validate(changed, "changed")).as("%s %s -> %s", d.ruleId(), c.field(), c.to()).isEmpty();
                    assertThat(firedRules(changed)).as("%s with %s -> %s", d.ruleId(), c.field(), c.to()).doesNotContain(d.ruleId());
                    if (c.to() instanceof Number to && c.from() instanceof Number from
                            && Math.abs(to.doubleValue() - from.doubleValue()) >= 1) {
                        double nearer = to.doubleValue() + Math.signum(from.doubleValue() - to.doubleValue());
                        if (nearer != from.doubleValue() && nearer == Math.rint(nearer)) {
                            assertThat(firedRules(change(input.json(), c.field(), (long) nearer)))
                                    .as("%s: %s at %s, one step short of %s, still fires", d.ruleId(), c.field(), (long) nearer, to)
                                    .contains(d.ruleId());
                        }
                    }
                }
            }
        }));
    }

    @Test
    void wouldClear_isOffByDefault_soAnEmbeddersAssessCostsOneRuleSession() {
        Report report = Catalogue.engine().assess(Catalogue.engine().read(SAMPLE));
        assertThat(report.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.wouldClear()).isNull());
    }

    @Test
    void theSample_getsAClearingChangeForMostOfItsDiagnostics_inTheJsonReport() throws Exception {
        Report report = health.assess(health.read(SAMPLE));
        assertThat(report.diagnostics()).isNotEmpty();
        assertThat(report.diagnostics()).filteredOn(d -> d.wouldClear() != null).isNotEmpty();
        JsonNode json = MAPPER.readTree(health.toJson(report));
        for (JsonNode d : json.path("diagnostics")) {
            assertThat(d.has("wouldClear")).isTrue();
            JsonNode w = d.get("wouldClear");
            assertThat(w.isNull() || w.isArray() && w.size() > 0).isTrue();
            for (JsonNode c : w) {
                assertThat(c.path("field").isTextual()).isTrue();
                assertThat(c.has("from") && c.has("to")).isTrue();
            }
        }
    }

    private List<String> firedRules(String json) {
        return health.assess(health.parse(json, "changed")).diagnostics().stream().map(Diagnostic::ruleId).toList();
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return String.valueOf(a).equals(String.valueOf(b));
    }

    private static String change(String json, String field, Object value) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        String[] parts = field.split("\\.");
        root.withObjectProperty(parts[0]).set(parts[1], MAPPER.valueToTree(value));
        return MAPPER.writeValueAsString(root);
    }
}
