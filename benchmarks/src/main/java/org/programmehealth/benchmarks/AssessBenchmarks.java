package org.programmehealth.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.programmehealth.report.Report;

/**
 * Cost of one assessment of the sample programme: the engine alone against the hand-coded checks,
 * and end to end (JSON text to JSON report) against Jackson + the hand-coded checks + Jackson. Three forks:
 * each JVM's JIT compiles these differently (107 µs in one fork, 158 µs in the next), and the summary
 * takes the median fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
public class AssessBenchmarks {

    /** The engine alone: an assessment already read, to an immutable report. */
    @Benchmark
    public Report engine(Engines e) {
        return e.engine.assess(e.sample);
    }

    /** The baseline: the same checks by hand, to findings with messages, evidence and scores. */
    @Benchmark
    public HandCodedChecks.Result handCoded(Engines e) {
        return e.hand.evaluate(e.sample);
    }

    /** JSON text in, JSON report out: read, validate, assess, write. */
    @Benchmark
    public String engineEndToEnd(Engines e) {
        return e.engine.toJson(e.engine.assess(e.engine.parse(e.sampleJson, "sample")));
    }

    /** The baseline end to end: Jackson read, hand-coded checks, Jackson write. */
    @Benchmark
    public String handCodedEndToEnd(Engines e) throws IOException {
        return e.tool.run(e.sampleJson);
    }
}
