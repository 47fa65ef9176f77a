package org.programmehealth.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.Problem;
import org.programmehealth.render.TextRenderer;
import org.programmehealth.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code questionnaire}: asks every question of the format in the terminal, section by section,
 * checks each answer as it is typed (the same checks as {@code validate}), saves the answers as an
 * assessment file and prints the report. Answers may be piped in, one per line.
 */
@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = {"Asks the questions of the self-assessment in the terminal, section by section, checks each answer"
                + " as it is typed and asks again if it is not accepted, saves the answers as an assessment file, and prints"
                + " the report.",
            "Press Enter to skip an optional question: it stays 'not answered', never zero or no.",
            "Earlier snapshots (history) and extensions are not asked: add them to the saved file by hand.",
            "Answers can be piped in, one per line; if the input ends before the last question, nothing is saved (exit 2)."})
final class QuestionnaireCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ProgrammeHealthCli parent;

    @Option(names = "--output", paramLabel = "FILE",
            description = "save the answers here (atomically); default: <programme id>.json in the current folder, never overwriting a file")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (output != null && Files.isDirectory(output)) {
            throw new ProgrammeHealthCli.UsageProblem(output + ": is a folder; --output names the file to save the answers in");
        }
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = parent.input();
        boolean echo = parent.echoAnswers();
        List<FormatQuestions.Question> questions = FormatQuestions.all();
        AssessmentFormat format = AssessmentFormat.defaults();
        long sections = questions.stream().map(FormatQuestions.Question::section).distinct().count();
        out.println("Programme Health questionnaire: " + questions.size() + " questions in " + sections
                + " sections, in the order of the self-assessment format (version " + FormatQuestions.schemaVersion() + ").");
        out.println("Press Enter to skip a question you cannot answer: it stays 'not answered', never zero or no.");
        out.println("The programme's id, name and assessment date are required. Earlier snapshots (history) and extensions");
        out.println("are not asked here: add them to the saved file by hand if you have them.");

        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        answers.put("schemaVersion", FormatQuestions.schemaVersion());
        String section = null;
        int n = 0;
        for (FormatQuestions.Question q : questions) {
            n++;
            if (!q.section().equals(section)) {
                section = q.section();
                out.println();
                out.println("== " + q.section() + ": " + q.sectionTitle() + " ==");
            }
            out.println();
            out.println("[" + n + "/" + questions.size() + "] " + q.path() + (q.required() ? " (required)" : ""));
            out.println("  " + q.meaning());
            out.println("  Answer: " + q.range() + (q.required() ? "" : "; Enter to skip"));
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (echo) {
                    out.println(line == null ? "" : line);
                }
                if (line == null) {
                    throw new ProgrammeHealthCli.UsageProblem("questionnaire: the input ended before question " + n + " of "
                            + questions.size() + " (" + q.path() + ") was answered; nothing was saved");
                }
                String typed = line.strip();
                ObjectNode sectionNode = answers.withObjectProperty(q.section());
                if (typed.isEmpty()) {
                    if (q.required()) {
                        out.println("  An answer is required here.");
                        continue;
                    }
                    sectionNode.putNull(q.field());
                    break;
                }
                JsonNode value;
                try {
                    value = parse(q, typed);
                } catch (IllegalArgumentException e) {
                    out.println("  Not accepted: " + e.getMessage() + ". Please answer again.");
                    continue;
                }
                sectionNode.set(q.field(), value);
                List<Problem> problems = format.validate(JsonText.compact(answers), "answer").stream()
                        .filter(p -> p.path().equals("$." + q.path())).toList();
                if (problems.isEmpty()) {
                    break;
                }
                sectionNode.remove(q.field());
                out.println("  Not accepted: " + problems.stream().map(Problem::message).collect(Collectors.joining("; "))
                        + ". Please answer again.");
            }
        }

        String json = JsonText.pretty(answers);
        List<Problem> problems = format.validate(json, "answers");
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the answers do not make a valid assessment: " + problems);
        }
        Path target = output != null ? output : defaultTarget(Path.of(""), answers.path("programme").path("id").asText());
        Output.write(json, target, out);
        ProgrammeHealth health = ProgrammeHealth.builder().wouldClear(true).build();
        Report report = health.assess(health.parse(json, target.toString()));
        out.println();
        out.println("Saved the answers to " + target + " (a valid assessment: run 'assess " + target + "' again at any time).");
        out.println();
        out.print(TextRenderer.render(report));
        out.flush();
        return ProgrammeHealthCli.OK;
    }

    /** The typed text as the JSON value the question takes; an {@link IllegalArgumentException} says why not. */
    static JsonNode parse(FormatQuestions.Question q, String typed) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (q.kind()) {
            case WHOLE_NUMBER -> {
                try {
                    return json.numberNode(new BigInteger(typed));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + typed + "' is not a whole number");
                }
            }
            case NUMBER -> {
                try {
                    return json.numberNode(new BigDecimal(typed.endsWith("%") ? typed.substring(0, typed.length() - 1) : typed));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + typed + "' is not a number");
                }
            }
            case YES_NO -> {
                return switch (typed.toLowerCase(Locale.ROOT)) {
                    case "y", "yes", "true" -> json.booleanNode(true);
                    case "n", "no", "false" -> json.booleanNode(false);
                    default -> throw new IllegalArgumentException("'" + typed + "' is not yes or no");
                };
            }
            case CHOICE -> {
                String key = typed.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                for (int i = 0; i < q.choices().size(); i++) {
                    if (q.choices().get(i).equals(key) || key.equals(Integer.toString(i + 1))) {
                        return json.textNode(q.choices().get(i));
                    }
                }
                throw new IllegalArgumentException("'" + typed + "' is not one of " + String.join(", ", q.choices()));
            }
            default -> {
                return json.textNode(typed);
            }
        }
    }

    /** {@code <id>.json} in the folder, or {@code <id>-2.json} and so on: never an existing file. */
    static Path defaultTarget(Path folder, String id) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "-");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "assessment" + base;
        }
        Path candidate = folder.resolve(base + ".json");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(base + "-" + i + ".json");
        }
        return candidate;
    }
}
