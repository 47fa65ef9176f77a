package org.programmehealth.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.programmehealth.report.Report;

/** How the cost of one assessment grows with the length of its history (1, 4, 16 snapshots). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class GrowthBenchmarks {

    @Benchmark
    public Report engineHistory1(Engines e) {
        return e.engine.assess(e.history1);
    }

    @Benchmark
    public Report engineHistory4(Engines e) {
        return e.engine.assess(e.history4);
    }

    @Benchmark
    public Report engineHistory16(Engines e) {
        return e.engine.assess(e.history16);
    }

    @Benchmark
    public HandCodedChecks.Result handCodedHistory1(Engines e) {
        return e.hand.evaluate(e.history1);
    }

    @Benchmark
    public HandCodedChecks.Result handCodedHistory16(Engines e) {
        return e.hand.evaluate(e.history16);
    }
}
