package org.programmehealth.examples.cli;

import java.nio.file.Path;
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

/** {@code assess FILE}: one self-assessment in, one report out. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses one self-assessment and prints its report.")
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json, markdown, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the self-assessment (JSON)")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html is one self-contained page")
    Format format;

    @Mixin
    EngineOptions options;

    @Override
    public Integer call() {
        ProgrammeHealth.Builder builder = options.builder();
        // start-up: read and validate the input on a second thread while this one builds the rule base;
        // logging is set up first, so that the two threads do not race to initialise it
        org.slf4j.LoggerFactory.getILoggerFactory();
        CompletableFuture<Assessment> input = CompletableFuture.supplyAsync(() -> AssessmentFormat.defaults().read(file),
                task -> daemon().newThread(task).start());
        ProgrammeHealth health = builder.build();
        Assessment assessment;
        try {
            assessment = input.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Report report = health.assess(assessment);
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

    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "programme-health-read");
            t.setDaemon(true);
            return t;
        };
    }
}
