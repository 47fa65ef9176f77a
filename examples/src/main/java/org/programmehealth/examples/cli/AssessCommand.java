package org.programmehealth.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.programmehealth.ProgrammeHealth;
import org.programmehealth.model.Assessment;
import org.programmehealth.render.TextRenderer;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess FILE}: one self-assessment in, one report out. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses one self-assessment and prints its report.")
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the self-assessment (JSON)")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", paramLabel = "PATH", description = "write the report here (atomically) instead of to the terminal")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "exit 1 if a diagnostic of this severity or worse is found and not waived: ${COMPLETION-CANDIDATES}")
    Severity failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "tailor the catalogue: thresholds, disabled rules and signs, severities, waivers, custom rules (JSON)")
    Path config;

    @Override
    public Integer call() {
        ProgrammeHealth.Builder builder = ProgrammeHealth.builder();
        if (config != null) {
            builder.config(config);
        }
        ProgrammeHealth health = builder.build();
        Assessment assessment = health.read(file);
        Report report = health.assess(assessment);
        String text = switch (format) {
            case json -> health.toJson(report);
            case text -> TextRenderer.render(report);
        };
        Output.write(text, output, spec.commandLine().getOut());
        if (failOn != null && report.diagnostics().stream()
                .anyMatch(d -> !d.isWaived() && d.severity().compareTo(failOn) >= 0)) {
            return ProgrammeHealthCli.FAIL_ON;
        }
        return ProgrammeHealthCli.OK;
    }
}
