package org.programmehealth.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.programmehealth.ProgrammeHealth;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;

import picocli.CommandLine.Option;

/**
 * The options {@code assess} and {@code batch} share (a picocli mixin): where the result goes, how
 * the catalogue is tailored, and the severity that makes the tool exit with 1.
 */
final class EngineOptions {

    @Option(names = "--output", paramLabel = "PATH",
            description = "write the result here (atomically: all or nothing) instead of to standard output")
    Path output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "tailor the catalogue: thresholds, disabled rules and signs, severities, waivers, custom rules (JSON)")
    Path config;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "exit 1 if a diagnostic of this severity or worse is found and not waived: ${COMPLETION-CANDIDATES}")
    Severity failOn;

    /** The engine the command-line tool runs: what would clear each diagnostic, and the tailoring of {@code --config}. */
    ProgrammeHealth.Builder builder() {
        ProgrammeHealth.Builder builder = ProgrammeHealth.builder().wouldClear(true);
        if (config != null) {
            builder.config(config);
        }
        return builder;
    }

    /** The diagnostics of a report that trip {@code --fail-on}: not waived, at its severity or worse; none without it. */
    List<Diagnostic> tripping(Report report) {
        if (failOn == null) {
            return List.of();
        }
        return report.diagnostics().stream().filter(d -> !d.isWaived() && d.severity().compareTo(failOn) >= 0).toList();
    }

    /** Says on standard error which diagnostics of one report tripped {@code --fail-on}. */
    void explain(Report report, List<Diagnostic> tripped, PrintWriter err) {
        err.println("Exit 1 (--fail-on " + failOn + "): " + plural(tripped.size(), "diagnostic") + " at " + failOn
                + " or worse, not waived, in the report of " + printable(report.programme().name()) + ":");
        for (Diagnostic d : tripped) {
            err.println("  [" + d.severity() + "] " + d.title() + " (rule " + d.ruleId() + ")");
        }
    }

    /** The input's own text on one line, control characters shown as {@code ?}: it cannot forge lines of the message. */
    static String printable(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
