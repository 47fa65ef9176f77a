package org.programmehealth.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.programmehealth.report.Report;

/** Assessments per millisecond by one engine shared by 1 and by 2 threads (the machine has 2 cores). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ThroughputBenchmarks {

    @Benchmark
    @Threads(1)
    public Report engine1Thread(Engines e) {
        return e.engine.assess(e.sample);
    }

    @Benchmark
    @Threads(2)
    public Report engine2Threads(Engines e) {
        return e.engine.assess(e.sample);
    }

    @Benchmark
    @Threads(1)
    public HandCodedChecks.Result handCoded1Thread(Engines e) {
        return e.hand.evaluate(e.sample);
    }

    @Benchmark
    @Threads(2)
    public HandCodedChecks.Result handCoded2Threads(Engines e) {
        return e.hand.evaluate(e.sample);
    }
}
