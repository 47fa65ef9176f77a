package org.programmehealth.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.RuleInfo;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * The baseline is honest: the hand-coded checks fire exactly what the engine fires, on every case of
 * every sign and on the sample. The engine benchmarked runs the rules the baseline implements (all
 * of the catalogue's until a rule is added without its hand-coded twin, which then is switched off
 * in the benchmarks and should be added to {@link HandCodedChecks} to be measured).
 */
class HandCodedChecksTest {

    /** The engine the benchmarks measure: the catalogue's rules that the baseline implements too. */
    private static final ProgrammeHealth ENGINE = Workload.sameRulesAsBaseline().build();

    @Test
    void everyRuleTheHandCodedChecksImplement_isACatalogueRule_andTheBenchmarkedEngineRunsExactlyThose() {
        List<String> catalogue = Workload.catalogueRules().stream().map(RuleInfo::id).toList();
        assertThat(catalogue).containsAll(HandCodedChecks.RULE_IDS);
        assertThat(ENGINE.rules()).extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(HandCodedChecks.RULE_IDS);
    }

    @Test
    void theHandCodedTool_carriesTheCataloguesDefaultThresholds() {
        assertThat(ENGINE.thresholds()).containsAllEntriesOf(HandCodedChecks.DEFAULTS);
    }

    @Test
    void theHandCodedChecks_fireExactlyTheEnginesRules_onEveryCaseOfEverySign_andOnTheSample() throws IOException {
        HandCodedChecks hand = new HandCodedChecks(ENGINE.thresholds());
        List<Named> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThan(10);
        for (Named in : inputs) {
            Assessment a = ENGINE.parse(in.json(), in.name());
            HandCodedChecks.Result result = hand.evaluate(a);
            assertThat(result.firedIds()).as(in.name()).isEqualTo(firedIds(ENGINE.assess(a)));
        }
    }

    @Test
    void theHandCodedChecks_agreeWithTheEngine_underOtherThresholdsToo() throws IOException {
        ProgrammeHealth strict = Workload.sameRulesAsBaseline().threshold("reportingOverload.maxRequestsPerMonth", 3)
                .threshold("issueCreep.growthFactor", 1.5).threshold("lossOfSeniorSponsorship.rankDrop", 1).build();
        HandCodedChecks hand = new HandCodedChecks(strict.thresholds());
        for (Named in : inputs()) {
            Assessment a = strict.parse(in.json(), in.name());
            assertThat(hand.evaluate(a).firedIds()).as(in.name()).isEqualTo(firedIds(strict.assess(a)));
        }
    }

    @Test
    void theHandCodedTool_writesAJsonReportOfWhatFired() throws IOException {
        String json = Workload.sampleJson();
        JsonNode out = new ObjectMapper().readTree(new HandCodedTool(new HandCodedChecks(HandCodedChecks.DEFAULTS)).run(json));
        assertThat(out.path("programmeId").asText()).isEqualTo("tp-riverside-2009");
        Report report = ENGINE.assess(ENGINE.parse(json, "sample"));
        assertThat(out.path("findings").size()).isEqualTo(report.diagnostics().size());
        assertThat(out.path("strengths").size()).isEqualTo(report.strengths().size());
    }

    /** Every rule the engine fired: its warnings and its strengths, sorted by id. */
    private static List<String> firedIds(Report report) {
        return Stream.concat(report.diagnostics().stream().map(Diagnostic::ruleId),
                report.strengths().stream().map(Strength::ruleId)).sorted().toList();
    }

    record Named(String name, String json) {
    }

    private static List<Named> inputs() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Named> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Workload.CATALOGUE)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("cases.json")).sorted().toList()) {
                for (JsonNode c : mapper.readTree(f.toFile()).path("cases")) {
                    if (!c.has("assessment")) {
                        continue; // a case of several responses compares them: nothing the hand-coded baseline does
                    }
                    out.add(new Named(f.getParent().getFileName() + ": " + c.path("name").asText(), c.path("assessment").toString()));
                }
            }
        }
        out.add(new Named("sample", Workload.sampleJson()));
        for (int n : new int[] {1, 4, 16}) {
            out.add(new Named("sample with " + n + " snapshots", Workload.withHistory(n)));
        }
        return out;
    }
}
