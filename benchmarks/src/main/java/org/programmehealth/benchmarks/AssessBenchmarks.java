package org.programmehealth.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Report;

/**
 * Cost of one assessment of the sample programme: the engine alone against the hand-coded checks,
 * and end to end (JSON text to JSON report) against Jackson + the hand-coded checks + Jackson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessBenchmarks {

    ProgrammeHealth engine;
    HandCodedChecks hand;
    HandCodedTool tool;
    Assessment sample;
    String sampleJson;

    @Setup
    public void setUp() {
        engine = Workload.sameRulesAsBaseline().build();
        hand = new HandCodedChecks(engine.thresholds());
        tool = new HandCodedTool(hand);
        sampleJson = Workload.sampleJson();
        sample = engine.parse(sampleJson, "sample");
    }

    /** The engine alone: an assessment already read, to an immutable report. */
    @Benchmark
    public Report engine() {
        return engine.assess(sample);
    }

    /** The baseline: the same checks by hand, to findings with messages, evidence and scores. */
    @Benchmark
    public HandCodedChecks.Result handCoded() {
        return hand.evaluate(sample);
    }

    /** JSON text in, JSON report out: read, validate, assess, write. */
    @Benchmark
    public String engineEndToEnd() {
        return engine.toJson(engine.assess(engine.parse(sampleJson, "sample")));
    }

    /** The baseline end to end: Jackson read, hand-coded checks, Jackson write. */
    @Benchmark
    public String handCodedEndToEnd() throws IOException {
        return tool.run(sampleJson);
    }
}
