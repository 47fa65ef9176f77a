package org.programmehealth.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.render.HtmlRenderer;
import org.programmehealth.render.MarkdownRenderer;
import org.programmehealth.render.TextRenderer;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assess FILE [FILE...]}: one self-assessment in, one report out; or several responses about
 * one programme (the centre's, a locality's, a partner's), assessed together into one report.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses one self-assessment and prints its report.",
            "Given several files, assesses them together as responses about one programme from several perspectives"
                + " (each names its respondent; all share programme.id, name and assessedOn): one report, in which each"
                + " finding says who sees it and who does not, and the answers that differ most are shown side by side."})
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json, markdown, html }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the self-assessment (JSON); several: responses about one programme")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html is one self-contained page")
    Format format;

    @Mixin
    EngineOptions options;

    /** Logging set up, then the engine of a run without {@code --config}, begun by {@link #startEarly}; null if not begun. */
    private static volatile Early early;

    private record Early(CompletableFuture<Void> logging, CompletableFuture<ProgrammeHealth> engine) {
    }

    /**
     * For a process that is about to run {@code assess}: sets up logging and builds the engine of a run
     * without {@code --config} on a second thread, while this one reads the command line (picocli takes
     * a sixth of a cold run). If the command turns out to have {@code --config}, that engine is not used.
     */
    static void startEarly() {
        if (early != null) {
            return;
        }
        CompletableFuture<Void> logging = CompletableFuture.runAsync(org.slf4j.LoggerFactory::getILoggerFactory,
                task -> daemon("programme-health-load").newThread(task).start());
        early = new Early(logging, logging.thenApply(done -> new EngineOptions().builder().build()));
    }

    /**
     * Whether these arguments, by the look of them, run {@code assess} with the engine {@link #startEarly}
     * builds: the command first, and neither {@code --config} nor help or version (for those the engine
     * would only compete for the processor). A guess that is wrong costs time, never the report:
     * {@link #call} uses the early engine only if the parsed command has no {@code --config}.
     */
    static boolean engineNeededAsIs(String... args) {
        if (args.length < 2 || !"assess".equals(args[0])) {
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

    @Override
    public Integer call() {
        Early begun = early;
        early = null;
        // start-up: read and validate the input on a second thread while this one builds the rule base
        // (or waits for the one begun early); logging is set up first, so that the two threads do not
        // race to initialise it
        if (begun != null) {
            joined(begun.logging());
        } else {
            org.slf4j.LoggerFactory.getILoggerFactory();
        }
        CompletableFuture<List<Assessment>> input = CompletableFuture.supplyAsync(() -> {
            AssessmentFormat format = AssessmentFormat.defaults();
            List<Assessment> read = new ArrayList<>();
            files.forEach(f -> read.add(format.read(f)));
            // several responses must be about one programme: say which two files disagree
            ProgrammeHealth.checkTogether(read, files.stream().map(Path::toString).toList());
            return read;
        }, task -> daemon("programme-health-read").newThread(task).start());
        ProgrammeHealth health = begun != null && options.config == null ? joined(begun.engine()) : options.builder().build();
        List<Assessment> responses = joined(input);
        Report report = health.assess(responses);
        String text = switch (format) {
            case json -> health.toJson(report);
            case text -> TextRenderer.render(report);
            case markdown -> MarkdownRenderer.render(report);
            case html -> HtmlRenderer.render(report);
        };
        Output.write(text, options.output, spec.commandLine().getOut());
        List<Diagnostic> tripped = options.tripping(report);
        if (!tripped.isEmpty()) {
            options.explain(report, tripped, spec.commandLine().getErr());
            return ProgrammeHealthCli.FAIL_ON;
        }
        return ProgrammeHealthCli.OK;
    }

    /** The value of a task on another thread, or what it threw, as it threw it. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
