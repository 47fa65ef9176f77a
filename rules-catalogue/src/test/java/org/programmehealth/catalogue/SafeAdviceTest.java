package org.programmehealth.catalogue;

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
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;

/**
 * "What would clear it", checked against every case of the catalogue and the sample, whatever
 * rules the catalogue holds: each change is to an answer the schema marks as one the programme can
 * act on, in the direction it marks as better; applied alone to the input, it makes its diagnostic
 * go, brings in no warning as severe or worse, and keeps the input valid; and a number one step
 * nearer to the answer as given would not clear it. The harmful advice of issue 11 is never given.
 */
class SafeAdviceTest {

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

    /**
     * The search runs in the rule session that found the diagnostics ({@code RuleEngine.assessOpen}):
     * the report, and the advice, are as with a session of its own for each.
     */
    @TestFactory
    Stream<DynamicTest> theSearchInTheSessionThatFoundTheDiagnostics_givesTheSameReportAsAFreshOne() throws Exception {
        org.programmehealth.engine.RuleEngine engine = org.programmehealth.engine.RuleEngine.load(getClass().getClassLoader(),
                new org.programmehealth.config.EngineSettings(java.util.Map.of(), java.util.Set.of(), java.util.Set.of(),
                        java.util.Map.of(), List.of(), List.of(), java.util.Map.of()));
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            Assessment a = health.parse(input.json(), input.name());
            if (a.respondent() != null) {
                return;
            }
            Report plain = engine.assess(a);
            try (org.programmehealth.engine.RuleEngine.Opened opened = engine.assessOpen(a)) {
                assertThat(opened.report()).isEqualTo(plain);
            }
            Report fresh = org.programmehealth.clearing.WouldClear.annotate(engine, a, plain);
            assertThat(health.assess(a)).isEqualTo(fresh);
            assertThat(health.toJson(health.assess(a))).isEqualTo(health.toJson(fresh));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyChangeShown_isSafe_clearsItsDiagnosticOnItsOwn_keepsTheInputValid_andIsTheNearestThatDoes() throws Exception {
        JsonNode schema = MAPPER.readTree(ProgrammeHealth.class.getClassLoader()
                .getResourceAsStream("org/programmehealth/assessment.schema.json"));
        java.util.Map<String, org.programmehealth.report.Severity> severity = new java.util.HashMap<>();
        health.rules().forEach(r -> severity.put(r.id(), r.severity()));
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            Report report = health.assess(health.parse(input.json(), input.name()));
            List<String> firedBefore = firedRules(input.json());
            for (Diagnostic d : report.diagnostics()) {
                assertThat(d.wouldClear()).as("%s: worked out, possibly empty", d.ruleId()).isNotNull();
                for (AnswerChange c : d.wouldClear()) {
                    assertThat(c.to()).as("%s %s", d.ruleId(), c.field()).isNotEqualTo(c.from());
                    String[] part = c.field().split("\\.");
                    JsonNode mark = part[0].equals("programme") ? schema.path("properties").path("programme").path("properties").path(part[1])
                            : schema.path("$defs").path(part[0]).path("properties").path(part[1]);
                    assertThat(mark.path("x-answer").asText()).as("%s changes %s, which must be an action", d.ruleId(), c.field())
                            .isEqualTo("action");
                    assertThat(better(mark.path("x-better"), c.from(), c.to()))
                            .as("%s: %s %s -> %s is in the better direction", d.ruleId(), c.field(), c.from(), c.to()).isTrue();
                    assertThat(d.evidence()).as(d.ruleId()).anyMatch(e -> e.field().equals(c.field()) && sameValue(e.value(), c.from()));
                    String changed = change(input.json(), c.field(), c.to());
                    assertThat(health.validate(changed, "changed")).as("%s %s -> %s", d.ruleId(), c.field(), c.to()).isEmpty();
                    List<String> firedAfter = firedRules(changed);
                    assertThat(firedAfter).as("%s with %s -> %s", d.ruleId(), c.field(), c.to()).doesNotContain(d.ruleId());
                    assertThat(firedAfter).filteredOn(id -> !firedBefore.contains(id) && severity.get(id).compareTo(d.severity()) >= 0)
                            .as("%s with %s -> %s brings in a warning as severe or worse", d.ruleId(), c.field(), c.to()).isEmpty();
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

    /** True if going from {@code from} to {@code to} moves the way the schema's {@code x-better} says is better. */
    private static boolean better(JsonNode better, Object from, Object to) {
        if (better.isTextual() && from instanceof Number f && to instanceof Number t) {
            return better.asText().equals("higher") ? t.doubleValue() > f.doubleValue() : t.doubleValue() < f.doubleValue();
        }
        if (better.isBoolean()) {
            return to.equals(better.asBoolean()) && !from.equals(better.asBoolean());
        }
        if (better.isArray()) {
            List<String> order = new ArrayList<>();
            better.forEach(v -> order.add(v.asText()));
            return order.indexOf(String.valueOf(to)) >= 0 && order.indexOf(String.valueOf(to)) < order.indexOf(String.valueOf(from));
        }
        return false;
    }

    private static final String PROGRAMME = "\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-06-30\"";

    /**
     * The harmful advice the issue found, each on an assessment that gave it: the answer it changed
     * is never changed now (a fact, or a change in the direction the rule warns against).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{1}: never {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "\"centre\":{\"targetRedefinitions\":1}|target-redefinition/target-redefined-once|centre.targetRedefinitions",
        "\"timescales\":{\"decisionTurnaroundDays\":10,\"partnerConsultationDays\":15}|partnership-strain/no-time-to-consult|timescales.partnerConsultationDays",
        "\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-06-30\",\"localities\":12},\"centre\":{\"relationshipMode\":\"BILATERAL\"}|bilateral-only-relationships/one-to-one-with-each-locality|programme.localities",
        "\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-06-30\",\"problemComplexity\":\"COMPLEX\"},\"locality\":{\"ragStatusReporting\":true}|programme-mindset-on-complex-problem/rag-status-on-complex-problem|programme.problemComplexity",
        "\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-06-30\",\"stage\":\"ROLL_OUT\"},\"learning\":{\"practiceExchangeActive\":false}|pilot-not-replicable/practice-exchange-dropped|programme.stage",
        "\"scope\":{\"prioritiesAtStart\":3,\"prioritiesNow\":9}|issue-creep/priorities-multiplied|scope.prioritiesAtStart",
        "\"timescales\":{\"abolitionDiscussed\":true,\"partnershipAgeMonths\":14}|unrealistic-timescales/closure-discussed-early|timescales.abolitionDiscussed"})
    void theHarmfulAdviceOfIssue11_isNeverGiven(String sections, String rule, String field) {
        String json = "{" + (sections.startsWith("\"programme\"") ? "\"schemaVersion\":\"1\"," + sections
                : PROGRAMME + "}," + sections) + "}";
        Report report = health.assess(health.parse(json, rule));
        Diagnostic d = report.diagnostics().stream().filter(x -> x.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " does not fire on " + json));
        assertThat(d.wouldClear()).as("what would clear %s", rule).isNotNull()
                .noneMatch(c -> c.field().equals(field));
    }

    @Test
    void noSafeChange_isAnEmptyList_andTheTextReportSaysSo() throws Exception {
        String json = "{" + PROGRAMME + "},\"timescales\":{\"abolitionDiscussed\":true,\"partnershipAgeMonths\":14}}";
        Report report = health.assess(health.parse(json, "closure"));
        Diagnostic d = report.diagnostics().stream().filter(x -> x.ruleId().equals("unrealistic-timescales/closure-discussed-early"))
                .findFirst().orElseThrow();
        assertThat(d.wouldClear()).as("both answers are facts about the programme").isEmpty();
        JsonNode reported = MAPPER.readTree(health.toJson(report)).path("diagnostics");
        boolean emptyInJson = false;
        for (JsonNode x : reported) {
            if (x.path("ruleId").asText().equals(d.ruleId())) {
                emptyInJson = x.path("wouldClear").isArray() && x.path("wouldClear").isEmpty();
            }
        }
        assertThat(emptyInJson).as("an empty wouldClear list in the JSON report").isTrue();
        assertThat(org.programmehealth.render.TextRenderer.render(report))
                .contains("What would clear it: no safe change to a single answer the programme can act on clears it on its own");
    }

    @Test
    void wouldClear_isOffByDefault_soAnEmbeddersAssessCostsOneRuleSession() {
        Report report = Catalogue.engine().assess(Catalogue.engine().read(SAMPLE));
        assertThat(report.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.wouldClear()).isNull());
    }

    @Test
    void theSample_hasWhatWouldClearWorkedOutForEveryDiagnostic_andASafeChangeForSomeOfThem_inTheJsonReport() throws Exception {
        Report report = health.assess(health.read(SAMPLE));
        assertThat(report.diagnostics()).isNotEmpty();
        // worked out for every diagnostic: a list of safe changes, or an empty one when there is none
        assertThat(report.diagnostics()).allSatisfy(d -> assertThat(d.wouldClear()).as(d.ruleId()).isNotNull());
        assertThat(report.diagnostics()).filteredOn(d -> !d.wouldClear().isEmpty()).isNotEmpty();
        JsonNode json = MAPPER.readTree(health.toJson(report));
        for (JsonNode d : json.path("diagnostics")) {
            assertThat(d.has("wouldClear")).isTrue();
            JsonNode w = d.get("wouldClear");
            assertThat(w.isArray()).isTrue();
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
