package org.programmehealth.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.programmehealth.report.Report;

/**
 * How the cost of one assessment grows when the rules double: the catalogue, against the catalogue
 * plus a copy of every rule under another id (loaded as custom rules, compiled at run time into the
 * same rule base). The copy fires what the original fires, so the report doubles too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class RuleCountBenchmarks {

    @Benchmark
    public Report catalogueRules(Engines e) {
        return e.catalogue.assess(e.sample);
    }

    @Benchmark
    public Report doubledRules(Engines e) {
        return e.doubled.assess(e.sample);
    }
}
