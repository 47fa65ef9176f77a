package org.programmehealth.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE...}: checks files against the format; every problem with its path and line. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks self-assessment files against the format, listing every problem with its JSON path and line.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "self-assessment files (JSON)")
    List<Path> files;

    @Override
    public Integer call() {
        AssessmentFormat format = AssessmentFormat.defaults();
        int bad = 0;
        for (Path file : files) {
            List<Problem> problems = format.validate(file);
            if (problems.isEmpty()) {
                spec.commandLine().getOut().println(file + ": valid");
            } else {
                bad++;
                for (Problem p : problems) {
                    spec.commandLine().getErr().println(file + ": " + p);
                }
            }
        }
        spec.commandLine().getOut().println(files.size() - bad + " valid, " + bad + " invalid");
        return bad == 0 ? ProgrammeHealthCli.OK : ProgrammeHealthCli.BAD_INPUT;
    }
}
