package org.programmehealth.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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

    /** Logging set up, then the engine of a run without {@code --config}, begun by {@link #startEarly}; null if not begun. */
    private static volatile Early early;

    record Early(CompletableFuture<Void> logging, CompletableFuture<ProgrammeHealth> engine) {
    }

    /**
     * Whether these arguments, by the look of them, run {@code assess} or {@code batch} with the engine
     * {@link #startEarly} builds: the command first, and neither {@code --config} nor help or version (for
     * those the engine would only compete for the processor). A guess that is wrong costs time, never the
     * report: {@link #engine} uses the early engine only if the parsed command has no {@code --config}.
     */
    static boolean engineNeededAsIs(String... args) {
        if (args.length < 2 || !("assess".equals(args[0]) || "batch".equals(args[0]))) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--config") || a.startsWith("--config=") || a.equals("-h") || a.equals("--help")
                    || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a process that is about to run {@code assess} or {@code batch}: sets up logging and builds the
     * engine of a run without {@code --config} on a second thread, while this one reads the command line
     * (picocli takes a sixth of a cold run) and the command its input.
     */
    static void startEarly() {
        if (early != null) {
            return;
        }
        CompletableFuture<Void> logging = CompletableFuture.runAsync(org.slf4j.LoggerFactory::getILoggerFactory,
                onDaemon("programme-health-load"));
        early = new Early(logging, logging.thenApply(done -> new EngineOptions().builder().build()));
    }

    /** What {@link #startEarly} began, for the one command that runs; null if nothing was. */
    static Early takeEarly() {
        Early e = early;
        early = null;
        return e;
    }

    /** Waits until logging is set up: by the early start if there was one, else now, on this thread. */
    static void loggingReady(Early begun) {
        if (begun != null) {
            joined(begun.logging());
        } else {
            org.slf4j.LoggerFactory.getILoggerFactory();
        }
    }

    /** The engine for these options: the one begun early if it fits them (no {@code --config}), else built now. */
    ProgrammeHealth engine(Early begun) {
        return begun != null && config == null ? joined(begun.engine()) : builder().build();
    }

    /** The value of a task on another thread, or what it threw, as it threw it. */
    static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs each task on a daemon thread of its own, with this name. */
    static Executor onDaemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }

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
