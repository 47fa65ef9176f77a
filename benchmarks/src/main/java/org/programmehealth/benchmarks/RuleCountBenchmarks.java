package org.programmehealth.benchmarks;

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
 * How the cost of one assessment grows when the rules double: the catalogue, against the catalogue
 * plus a copy of every rule under another id (loaded as custom rules, compiled at run time into the
 * same rule base). The copy fires what the original fires, so the report doubles too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleCountBenchmarks {

    ProgrammeHealth catalogue;
    ProgrammeHealth doubled;
    Assessment sample;

    @Setup
    public void setUp() {
        catalogue = ProgrammeHealth.create();
        doubled = ProgrammeHealth.builder().customRules(Workload.catalogueCopy()).build();
        // the whole catalogue, not only the rules the baseline implements: this one compares the engine with itself
        if (doubled.rules().size() != 2 * catalogue.rules().size()) {
            throw new IllegalStateException("the copy should double the rules: " + doubled.rules().size());
        }
        sample = catalogue.parse(Workload.sampleJson(), "sample");
    }

    @Benchmark
    public Report catalogueRules() {
        return catalogue.assess(sample);
    }

    @Benchmark
    public Report doubledRules() {
        return doubled.assess(sample);
    }
}
