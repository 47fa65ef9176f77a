package org.programmehealth.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;

/**
 * The one JMH state every benchmark shares: the engines, the hand-coded baseline and the inputs,
 * built once per fork. The engine that runs a doubled catalogue takes seconds to compile, so it is
 * built only for the benchmark that uses it.
 */
@State(Scope.Benchmark)
public class Engines {

    /** The engine for the rules the baseline implements (see {@link Workload#sameRulesAsBaseline()}). */
    ProgrammeHealth engine;
    /** The same checks written as plain Java, with the engine's thresholds. */
    HandCodedChecks hand;
    /** The baseline end to end: Jackson in, the hand-coded checks, Jackson out. */
    HandCodedTool tool;
    /** The sample programme, as text and as read. */
    String sampleJson;
    Assessment sample;
    /** The sample with 1, 4 and 16 earlier snapshots. */
    Assessment history1;
    Assessment history4;
    Assessment history16;
    /** The whole catalogue, and the catalogue plus a copy of every rule under another id. */
    ProgrammeHealth catalogue;
    ProgrammeHealth doubled;

    @Setup
    public void setUp(BenchmarkParams params) {
        engine = Workload.sameRulesAsBaseline().build();
        hand = new HandCodedChecks(engine.thresholds());
        tool = new HandCodedTool(hand);
        sampleJson = Workload.sampleJson();
        sample = engine.parse(sampleJson, "sample");
        history1 = engine.parse(Workload.withHistory(1), "sample with 1 snapshot");
        history4 = engine.parse(Workload.withHistory(4), "sample with 4 snapshots");
        history16 = engine.parse(Workload.withHistory(16), "sample with 16 snapshots");
        if (params.getBenchmark().endsWith("Rules")) {
            catalogue = ProgrammeHealth.create();
            doubled = ProgrammeHealth.builder().customRules(Workload.catalogueCopy()).build();
            // the whole catalogue, not only the rules the baseline implements: this compares the engine with itself
            if (doubled.rules().size() != 2 * catalogue.rules().size()) {
                throw new IllegalStateException("the copy should double the rules: " + doubled.rules().size());
            }
        }
    }
}
