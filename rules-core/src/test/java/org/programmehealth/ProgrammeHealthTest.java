package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Theme;

/** The public API end to end, on the fixture catalogue ({@link Fixture}). */
class ProgrammeHealthTest {

    private static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");

    private final ProgrammeHealth health = Fixture.engine();

    @Test
    void assessingTheSameFileTwice_givesIdenticalBytes() {
        String first = health.toJson(health.assess(health.read(SAMPLE)));
        String second = health.toJson(Fixture.builder().build().assess(health.read(SAMPLE)));
        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void theJsonReport_carriesTheContractsFields_inTheirOrder() throws Exception {
        JsonNode json = new ObjectMapper().readTree(health.toJson(health.assess(health.read(SAMPLE))));
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("reportVersion", "catalogue", "programme", "score", "coverage",
                "diagnostics", "strengths", "notAssessed");
        assertThat(json.path("catalogue").path("fingerprint").asText()).startsWith("sha256:");
        assertThat(json.path("score").path("themes").has("LEADERSHIP")).isTrue();
        JsonNode d = json.path("diagnostics").get(0);
        for (String f : List.of("ruleId", "sign", "theme", "severity", "message", "evidence", "recommendation", "source")) {
            assertThat(d.has(f)).as("diagnostic field %s", f).isTrue();
        }
        assertThat(d.path("evidence").get(0).has("field")).isTrue();
        assertThat(d.path("source").path("page").isInt()).isTrue();
    }

    @Test
    void diagnostics_areOrderedBySeverityThenThemeThenRuleId() {
        List<Diagnostic> ds = health.assess(health.read(SAMPLE)).diagnostics();
        assertThat(ds).hasSizeGreaterThan(2);
        for (int i = 1; i < ds.size(); i++) {
            Diagnostic a = ds.get(i - 1);
            Diagnostic b = ds.get(i);
            int bySeverity = a.severity().compareTo(b.severity());
            int byTheme = a.theme().compareTo(b.theme());
            assertThat(bySeverity > 0 || bySeverity == 0 && (byTheme < 0 || byTheme == 0 && a.ruleId().compareTo(b.ruleId()) < 0))
                    .as("%s before %s", a.ruleId(), b.ruleId()).isTrue();
        }
    }

    @Test
    void everyPointLost_tracesToOneDiagnostic_andASignCostsOnce() {
        Report r = health.assess(health.read(SAMPLE));
        for (Theme t : Theme.values()) {
            Integer score = r.score().themes().get(t);
            int lost = r.diagnostics().stream().filter(d -> d.theme() == t).mapToInt(Diagnostic::penalty).sum();
            if (score != null) {
                assertThat(score).as("theme %s", t).isEqualTo(Math.max(0, 100 - lost));
            } else {
                assertThat(lost).isZero();
            }
        }
        Map<String, Long> paying = r.diagnostics().stream().filter(d -> d.penalty() > 0)
                .collect(java.util.stream.Collectors.groupingBy(Diagnostic::sign, java.util.stream.Collectors.counting()));
        assertThat(paying.values()).containsOnly(1L);
        r.diagnostics().stream().filter(d -> d.penalty() > 0)
                .forEach(d -> assertThat(d.penalty()).isEqualTo(d.severity().penalty()));
    }

    @Test
    void aMissingAnswer_makesItsRulesNotAssessed_neverPassing() {
        Assessment a = health.parse("{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"},"
                + "\"reporting\":{\"informationRequestsPerMonth\":3}}", "sparse");
        Report r = health.assess(a);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.notAssessed()).extracting(n -> n.ruleId()).contains("reporting-overload/many-requesting-bodies")
                .doesNotContain("reporting-overload/request-volume");
        assertThat(r.notAssessed()).filteredOn(n -> n.ruleId().equals("reporting-overload/many-requesting-bodies"))
                .singleElement().satisfies(n -> assertThat(n.missing()).containsExactly("reporting.requestingBodies"));
        assertThat(r.coverage()).isLessThan(0.5);
        // a theme whose rules lack their answers is never healthy: its unanswered warning rules count as if they had fired
        assertThat(r.score().themes().get(Theme.PROCESS)).isLessThan(100);
        // but an answer given can rule a rule out: 3 requests a month can never reach the 4 the real-time-data rule needs
        assertThat(r.notAssessed()).extracting(n -> n.ruleId()).doesNotContain("no-real-time-data/reporting-instead-of-shared-data");
        assertThat(r.score().themes().get(Theme.LEADERSHIP)).isEqualTo(100);
        assertThat(r.score().range().ifUnansweredFine()).isEqualTo(100);
        // the headline is the pessimistic end of the range: answering can only confirm or raise it
        assertThat(r.score().overall()).isEqualTo(r.score().range().ifUnansweredFire()).isLessThan(100);
    }

    @Test
    void aThresholdSetThroughTheBuilder_changesWhatFires_andShowsInTheEvidence() {
        ProgrammeHealth strict = Fixture.builder().threshold("reportingOverload.maxRequestsPerMonth", 3).build();
        Assessment a = health.parse("{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"},"
                + "\"reporting\":{\"informationRequestsPerMonth\":3}}", "t");
        assertThat(health.assess(a).diagnostics()).isEmpty();
        assertThat(strict.assess(a).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("reporting-overload/request-volume");
            assertThat(d.evidence().get(0).condition()).isEqualTo(">= 3");
        });
    }

    @Test
    void anUnknownThreshold_isAClearError_neverIgnored() {
        assertThatThrownBy(() -> Fixture.builder().threshold("reportingOverload.maxRequests", 3).build())
                .isInstanceOf(ProgrammeHealthException.class)
                .hasMessageContaining("unknown threshold 'reportingOverload.maxRequests'")
                .hasMessageContaining("reportingOverload.maxRequestsPerMonth");
    }

    @Test
    void oneEngineSharedByEightThreads_givesTheSameReportsAsSequentialUse() throws Exception {
        List<String> inputs = Fixture.cases().stream().map(Fixture.Case::json).toList();
        List<String> sequential = inputs.stream().map(j -> health.toJson(health.assess(health.parse(j, "c")))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String j : inputs) {
                    futures.add(pool.submit(() -> health.toJson(health.assess(health.parse(j, "c")))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theReportsCollections_areImmutable() {
        Report r = health.assess(health.read(SAMPLE));
        assertThatThrownBy(() -> r.diagnostics().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.score().themes().put(Theme.DRIVERS, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.diagnostics().get(0).evidence().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
