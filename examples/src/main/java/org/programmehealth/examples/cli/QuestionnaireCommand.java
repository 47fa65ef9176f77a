package org.programmehealth.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
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
 * {@code questionnaire}: asks every question of the question bank in the terminal, section by
 * section, checks each answer as it is typed (the same checks as {@code validate}), keeps the
 * answers so far in a partial file after every answer (so that Ctrl-D, Ctrl-C or a failed save
 * loses nothing and the next run goes on where this one stopped), saves the answers as an
 * assessment file and prints the report. Answers may be piped in, one per line.
 */
@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = {"Asks the questions of the self-assessment in the terminal, section by section, checks each answer"
                + " as it is typed and asks again if it is not accepted, saves the answers as an assessment file, and prints"
                + " the report.",
            "Press Enter if you don't know: the question stays 'not answered', never zero or no. Type 'back' to change the"
                + " previous answer, and 'n/a' where a question says it may not apply.",
            "Your answers so far are kept after every answer in a partial file (FILE.partial.json beside --output, or"
                + " questionnaire.partial.json here): if you stop (Ctrl-D) or the save fails, run the same command again to"
                + " go on where you stopped.",
            "Earlier snapshots (history) and extensions are not asked: add them to the saved file by hand.",
            "Answers can be piped in, one per line; if the input ends before the last question, exit 2 (the answers so"
                + " far are kept in the partial file)."})
final class QuestionnaireCommand implements Callable<Integer> {

    static final String PARTIAL_DEFAULT = "questionnaire.partial.json";

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
        boolean echo = parent.echoAnswers();
        BufferedReader in = parent.input();
        List<FormatQuestions.Question> questions = FormatQuestions.all();
        AssessmentFormat format = AssessmentFormat.defaults();
        Path partial = partialFile(output);
        Answers answers = Answers.read(partial, questions);
        answers.save(partial); // before the first question: a folder that cannot be written fails now, not at the end
        long sections = questions.stream().map(FormatQuestions.Question::section).distinct().count();
        out.println("Programme Health questionnaire: " + questions.size() + " questions in " + sections
                + " sections, in the order of the self-assessment format (version " + FormatQuestions.schemaVersion() + ").");
        out.println("Press Enter if you don't know an answer: it stays 'not answered', never zero or no.");
        out.println("Type 'back' to change your previous answer. Your answers so far are kept in " + partial + ".");
        out.println("The programme's id, name and assessment date are required. Earlier snapshots (history) and extensions");
        out.println("are not asked here: add them to the saved file by hand if you have them.");
        if (!answers.given.isEmpty()) {
            out.println();
            out.println("Going on from your " + answers.given.size() + " answers saved in " + partial
                    + " (delete that file to start again).");
        }

        String section = null;
        for (int n = 0; n < questions.size(); ) {
            FormatQuestions.Question q = questions.get(n);
            if (answers.given.containsKey(q.path())) {
                n++;
                continue;
            }
            if (!q.section().equals(section)) {
                section = q.section();
                out.println();
                out.println("== " + q.sectionTitle() + " ==");
                if (!q.sectionIntro().isEmpty()) {
                    out.println(q.sectionIntro());
                }
            }
            out.println();
            out.println("[" + (n + 1) + "/" + questions.size() + "] " + q.ask() + (q.required() ? " (required)" : ""));
            out.println("  " + q.help());
            out.println("  Answer: " + q.range() + (q.required() ? "" : "; Enter if you don't know")
                    + (q.mayNotApply() ? "; n/a if it does not apply" : ""));
            Step step = ask(q, n, questions.size(), in, out, echo, format, answers, partial);
            if (step == Step.BACK) {
                int previous = n - 1;
                while (previous >= 0 && !answers.given.containsKey(questions.get(previous).path())) {
                    previous--;
                }
                if (previous < 0) {
                    out.println("  This is the first question.");
                    continue;
                }
                answers.forget(questions.get(previous).path());
                answers.save(partial);
                n = previous;
                section = null;
                continue;
            }
            n++;
        }

        String json = JsonText.pretty(answers.assessment(questions));
        List<Problem> problems = format.validate(json, "answers");
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the answers do not make a valid assessment: " + problems);
        }
        Path target = output != null ? output : defaultTarget(Path.of(""), answers.given.get("programme.id").asText());
        try {
            Output.write(json, target, out);
        } catch (ProgrammeHealthCli.UsageProblem e) {
            throw new ProgrammeHealthCli.UsageProblem(e.getMessage() + ". Your answers are kept in " + partial
                    + ": fix the problem and run the same command again to save them.");
        }
        Files.deleteIfExists(partial);
        ProgrammeHealth health = ProgrammeHealth.builder().wouldClear(true).build();
        Report report = health.assess(health.parse(json, target.toString()));
        out.println();
        out.println("Saved the answers to " + target + " (a valid assessment: run 'assess " + target + "' again at any time).");
        out.println();
        out.print(TextRenderer.render(report));
        out.flush();
        return ProgrammeHealthCli.OK;
    }

    private enum Step { ANSWERED, BACK }

    private Step ask(FormatQuestions.Question q, int n, int total, BufferedReader in, PrintWriter out, boolean echo,
                     AssessmentFormat format, Answers answers, Path partial) {
        while (true) {
            out.print("> ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (echo) {
                out.println(line == null ? "" : line);
            }
            if (line == null) {
                throw new ProgrammeHealthCli.UsageProblem("questionnaire: the input ended before question " + (n + 1) + " of "
                        + total + " (" + q.ask() + ") was answered; your " + answers.given.size() + " answers so far are kept in "
                        + partial + ": run the same command again to go on");
            }
            String typed = line.strip();
            String lower = typed.toLowerCase(Locale.ROOT);
            if (lower.equals("back")) {
                return Step.BACK;
            }
            if (typed.isEmpty()) {
                if (q.required()) {
                    out.println("  An answer is required here.");
                    continue;
                }
                answers.given.put(q.path(), NullNode.getInstance());
                answers.save(partial);
                return Step.ANSWERED;
            }
            if (lower.equals("n/a") || lower.equals("na") || lower.equals("does not apply")) {
                if (!q.mayNotApply()) {
                    out.println("  This question applies to every programme: give an answer, or press Enter if you don't know.");
                    continue;
                }
                answers.given.put(q.path(), NullNode.getInstance());
                answers.notApplicable.add(q.path());
                answers.save(partial);
                return Step.ANSWERED;
            }
            JsonNode value;
            try {
                value = FormatQuestions.answer(q, typed);
            } catch (IllegalArgumentException e) {
                out.println("  Not accepted: " + e.getMessage() + ". Please answer again.");
                continue;
            }
            List<Problem> problems = answers.check(q, value, format);
            if (problems.isEmpty()) {
                answers.given.put(q.path(), value);
                answers.save(partial);
                return Step.ANSWERED;
            }
            out.println("  Not accepted: " + problems.stream().map(Problem::message).collect(Collectors.joining("; "))
                    + ". Please answer again.");
        }
    }

    /** The partial file beside {@code --output}, or in the current folder. */
    static Path partialFile(Path output) {
        if (output == null) {
            return Path.of(PARTIAL_DEFAULT);
        }
        Path abs = output.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".partial.json");
    }

    /**
     * The answers given so far, by the question's path: a value, or null for "don't know" and for
     * "does not apply" (listed in {@link #notApplicable}). Kept in a partial file of its own shape,
     * which is not an assessment until the questionnaire ends.
     */
    static final class Answers {
        final Map<String, JsonNode> given = new LinkedHashMap<>();
        final Set<String> notApplicable = new LinkedHashSet<>();

        static Answers read(Path partial, List<FormatQuestions.Question> questions) {
            Answers a = new Answers();
            if (!Files.exists(partial)) {
                return a;
            }
            JsonNode node;
            try {
                node = JsonText.MAPPER.readTree(Files.readString(partial));
            } catch (IOException e) {
                throw new ProgrammeHealthCli.UsageProblem(partial + ": cannot read the answers saved there (" + e.getMessage()
                        + "); move the file away to start again");
            }
            Set<String> paths = questions.stream().map(FormatQuestions.Question::path).collect(Collectors.toSet());
            node.path("answers").fields().forEachRemaining(e -> {
                if (paths.contains(e.getKey())) {
                    a.given.put(e.getKey(), e.getValue());
                }
            });
            node.path("notApplicable").forEach(p -> a.notApplicable.add(p.asText()));
            return a;
        }

        void forget(String path) {
            given.remove(path);
            notApplicable.remove(path);
        }

        void save(Path partial) {
            ObjectNode root = JsonText.MAPPER.createObjectNode();
            root.put("about", "Answers of an unfinished Programme Health questionnaire: run the questionnaire again to go on."
                    + " null is an answer not known.");
            ObjectNode a = root.putObject("answers");
            given.forEach(a::set);
            ArrayNode na = root.putArray("notApplicable");
            notApplicable.forEach(na::add);
            Output.write(JsonText.pretty(root), partial, null);
        }

        /** The problems the library's validator finds with this one answer, among the answers so far. */
        List<Problem> check(FormatQuestions.Question q, JsonNode value, AssessmentFormat format) {
            Map<String, JsonNode> trial = new LinkedHashMap<>(given);
            trial.put(q.path(), value);
            ObjectNode doc = JsonNodeFactory.instance.objectNode();
            doc.put("schemaVersion", FormatQuestions.schemaVersion());
            trial.forEach((path, v) -> {
                int dot = path.indexOf('.');
                doc.withObjectProperty(path.substring(0, dot)).set(path.substring(dot + 1), v);
            });
            return format.validate(JsonText.compact(doc), "answer").stream()
                    .filter(p -> p.path().equals("$." + q.path())).toList();
        }

        /** The assessment: every question asked, in the format's order; "does not apply" written where the format has it. */
        ObjectNode assessment(List<FormatQuestions.Question> questions) {
            ObjectNode doc = JsonNodeFactory.instance.objectNode();
            doc.put("schemaVersion", FormatQuestions.schemaVersion());
            for (FormatQuestions.Question q : questions) {
                doc.withObjectProperty(q.section()).set(q.field(), given.getOrDefault(q.path(), NullNode.getInstance()));
            }
            if (!notApplicable.isEmpty() && FormatQuestions.formatHas("notApplicable")) {
                ArrayNode na = doc.putArray("notApplicable");
                notApplicable.forEach(na::add);
            }
            return doc;
        }
    }

    /** The typed text as the JSON value the question takes; an {@link IllegalArgumentException} says why not. */
    static JsonNode parse(FormatQuestions.Question q, String typed) {
        return FormatQuestions.answer(q, typed);
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
