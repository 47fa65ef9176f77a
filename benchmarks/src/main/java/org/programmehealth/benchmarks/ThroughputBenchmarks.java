package org.programmehealth.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Report;

/** Assessments per millisecond by one engine shared by 1 and by 2 threads (the machine has 2 cores). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ThroughputBenchmarks {

    ProgrammeHealth engine;
    HandCodedChecks hand;
    Assessment sample;

    @Setup
    public void setUp() {
        engine = Workload.sameRulesAsBaseline().build();
        hand = new HandCodedChecks(engine.thresholds());
        sample = engine.parse(Workload.sampleJson(), "sample");
    }

    @Benchmark
    @Threads(1)
    public Report engine1Thread() {
        return engine.assess(sample);
    }

    @Benchmark
    @Threads(2)
    public Report engine2Threads() {
        return engine.assess(sample);
    }

    @Benchmark
    @Threads(1)
    public HandCodedChecks.Result handCoded1Thread() {
        return hand.evaluate(sample);
    }

    @Benchmark
    @Threads(2)
    public HandCodedChecks.Result handCoded2Threads() {
        return hand.evaluate(sample);
    }
}
