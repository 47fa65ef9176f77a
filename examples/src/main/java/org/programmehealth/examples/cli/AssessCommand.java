package org.programmehealth.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

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

    @Override
    public Integer call() {
        // start-up: read and validate the input on a second thread while this one builds the rule base
        // (or waits for the one begun early); logging is set up first, so that the two threads do not
        // race to initialise it
        EngineOptions.Early begun = EngineOptions.takeEarly();
        EngineOptions.loggingReady(begun);
        CompletableFuture<List<Assessment>> input = CompletableFuture.supplyAsync(() -> {
            AssessmentFormat format = AssessmentFormat.defaults();
            List<Assessment> read = new ArrayList<>();
            files.forEach(f -> read.add(format.read(f)));
            // several responses must be about one programme: say which two files disagree
            ProgrammeHealth.checkTogether(read, files.stream().map(Path::toString).toList());
            return read;
        }, EngineOptions.onDaemon("programme-health-read"));
        ProgrammeHealth health = options.engine(begun);
        List<Assessment> responses = EngineOptions.joined(input);
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
}
