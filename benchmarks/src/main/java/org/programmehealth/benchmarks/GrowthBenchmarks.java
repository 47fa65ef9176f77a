package org.programmehealth.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Report;

/** How the cost of one assessment grows with the length of its history (1, 4, 16 snapshots). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrowthBenchmarks {

    @Param({"1", "4", "16"})
    int snapshots;

    ProgrammeHealth engine;
    HandCodedChecks hand;
    Assessment assessment;

    @Setup
    public void setUp() {
        engine = Workload.sameRulesAsBaseline().build();
        hand = new HandCodedChecks(engine.thresholds());
        assessment = engine.parse(Workload.withHistory(snapshots), "sample with history");
    }

    @Benchmark
    public Report engineHistory() {
        return engine.assess(assessment);
    }

    @Benchmark
    public HandCodedChecks.Result handCodedHistory() {
        return hand.evaluate(assessment);
    }
}
