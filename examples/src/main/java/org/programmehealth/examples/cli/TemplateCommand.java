package org.programmehealth.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code template}: a blank self-assessment with every field of the format, for filling in, and
 * its guide. The format is strict (no field it does not know, no comments), so the explanations
 * cannot live inside a file that stays valid input: the template is the JSON with every answer
 * null, and the guide is a Markdown file in the same order that says, for each answer, what it
 * asks, what it means and what it accepts (both made from the question bank).
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Prints a blank self-assessment with every field of the format, for filling in.",
            "Every answer is null (not answered) except the programme's identity, which the format requires:"
                + " replace the id and name, and set assessedOn (today's date) to the date the answers describe."
                + " The template is itself a valid assessment.",
            "--guide prints the guide instead: for each answer, the question, what it means and what it accepts."
                + " --output FILE writes the template to FILE and the guide beside it (FILE without .json, then -guide.md)."})
final class TemplateCommand implements Callable<Integer> {

    static final String ID = "replace-with-the-programme-id";
    static final String NAME = "Replace with the programme's name";

    @Spec
    CommandSpec spec;

    @Option(names = "--guide", description = "print the guide to every answer (Markdown) instead of the template")
    boolean guide;

    @Option(names = "--output", paramLabel = "FILE", description = "write the template here and its guide beside it (atomically)")
    Path output;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now();
        if (output != null) {
            Path guideFile = guideBeside(output);
            Output.write(JsonText.pretty(blank(today)), output, null);
            Output.write(guide(), guideFile, null);
            spec.commandLine().getOut().println("Wrote the template to " + output + " and its guide to " + guideFile + ".");
        } else {
            spec.commandLine().getOut().print(guide ? guide() : JsonText.pretty(blank(today)));
            if (!guide) {
                spec.commandLine().getErr().println("What each answer asks and accepts: programme-health template --guide");
            }
        }
        spec.commandLine().getOut().flush();
        return ProgrammeHealthCli.OK;
    }

    static Path guideBeside(Path template) {
        Path abs = template.toAbsolutePath();
        String name = abs.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return abs.resolveSibling(base + "-guide.md");
    }

    /** Every field, in the format's order, null; the required identity filled with placeholders. */
    static ObjectNode blank(LocalDate assessedOn) {
        ObjectNode root = JsonText.MAPPER.createObjectNode();
        root.put("schemaVersion", FormatQuestions.schemaVersion());
        for (FormatQuestions.Question q : FormatQuestions.all()) {
            root.withObjectProperty(q.section()).putNull(q.field());
        }
        ObjectNode programme = root.withObjectProperty("programme");
        programme.put("id", ID);
        programme.put("name", NAME);
        programme.put("assessedOn", assessedOn.toString());
        root.putArray("history");
        root.putObject("extensions");
        return root;
    }

    /** The guide: for each answer of the template, in its order, the question, its help, its meaning and what it accepts. */
    static String guide() {
        StringBuilder md = new StringBuilder();
        List<FormatQuestions.Question> questions = FormatQuestions.all();
        md.append("# Filling in the self-assessment template\n\n")
                .append("The template (`programme-health template`) is a JSON file with one answer per question, in the order below.\n")
                .append("Replace a `null` with the answer; leave `null` where you don't know: it stays *not answered*, never zero\n")
                .append("or no, and the report lists the rules it could not assess. Text and choices go in double quotes (`\"PILOT\"`),\n")
                .append("numbers and `true`/`false` without. Check the file with `programme-health validate FILE`: every problem\n")
                .append("is given with its place (the JSON path, line and column).\n\n")
                .append("`schemaVersion` stays `\"").append(FormatQuestions.schemaVersion()).append("\"`. `history` holds earlier snapshots ")
                .append("and `extensions` the answers of rules your organisation adds; leave them empty if you have none.\n");
        String section = null;
        for (FormatQuestions.Question q : questions) {
            if (!q.section().equals(section)) {
                section = q.section();
                md.append("\n## ").append(q.sectionTitle()).append(" (`").append(section).append("`)\n\n");
                if (!q.sectionIntro().isEmpty()) {
                    md.append(q.sectionIntro()).append("\n\n");
                }
            }
            md.append("### `").append(q.path()).append("`").append(q.required() ? " (required)" : "").append("\n\n")
                    .append(q.ask()).append("\n\n")
                    .append(q.help()).append("\n\n")
                    .append("- Means: ").append(q.meaning()).append("\n")
                    .append("- Accepts: ").append(accepts(q)).append(q.required() ? "" : "; `null` if you don't know").append("\n");
            if (!q.answers().isEmpty()) {
                for (Map.Entry<String, String> a : q.answers().entrySet()) {
                    md.append("  - `").append(json(q, a.getKey())).append("`: ").append(a.getValue()).append("\n");
                }
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static String accepts(FormatQuestions.Question q) {
        return switch (q.kind()) {
            case CHOICE -> "one of these, in double quotes";
            case YES_NO -> "`true` or `false`";
            case DATE -> "a date in double quotes, year-month-day, e.g. `\"2009-10-30\"`";
            case TEXT -> q.range() + ", in double quotes";
            default -> q.answers().isEmpty() ? q.range() + (q.unit().isEmpty() ? "" : " (" + q.unit() + ")") : "a whole number from 1 to 5";
        };
    }

    private static String json(FormatQuestions.Question q, String value) {
        return q.kind() == FormatQuestions.Kind.CHOICE ? "\"" + value + "\"" : value;
    }
}
