package org.programmehealth.examples.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.programmehealth.CatalogueDocs;
import org.programmehealth.ProgrammeHealth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code catalogue}: the rule catalogue for auditors, generated from the rules' own metadata and cases. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Prints the rule catalogue for auditors: every rule, its logic, thresholds with their provenance, citation and examples.")
final class CatalogueCommand implements Callable<Integer> {

    enum Format { markdown, json, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        ProgrammeHealth health = ProgrammeHealth.create();
        String text = switch (format) {
            case json -> CatalogueDocs.json(health);
            case html -> CatalogueDocs.html(health);
            case markdown -> markdown(CatalogueDocs.markdown(health));
        };
        Output.write(text, null, spec.commandLine().getOut());
        return ProgrammeHealthCli.OK;
    }

    /** The index first, then every other page, each under a rule naming its file. */
    private static String markdown(Map<String, String> pages) {
        StringBuilder out = new StringBuilder(pages.getOrDefault("README.md", ""));
        pages.forEach((name, text) -> {
            if (!name.equals("README.md")) {
                out.append("\n---\n<!-- ").append(name).append(" -->\n\n").append(text);
            }
        });
        return out.toString();
    }
}
