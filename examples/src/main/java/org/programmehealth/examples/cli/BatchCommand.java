package org.programmehealth.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.programmehealth.AssessmentFormat;
import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.Problem;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code batch DIR|FILE.jsonl}: assesses many programmes. Writes one line per input, in input
 * order: the JSON report (compact, with the input named in front) or an error record; then one
 * portfolio summary line. A bad input is reported and skipped, never the whole batch.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Assesses many self-assessments: a folder of .json files (sorted by name) or a JSON Lines file"
                + " (one assessment per line; blank lines are ignored).",
            "Several responses about one programme (centre, locality, partner) are assessed together: in a folder, put"
                + " them in a folder of their own inside it; in JSON Lines, put them on one line as a JSON array.",
            "Writes one line per input, in order: {\"input\": ..., <the JSON report>} or {\"input\": ..., \"error\": ...};"
                + " then one line {\"summary\": ...}: how many programmes show each sign, worst first, and the"
                + " programmes with the lowest overall scores.",
            "A bad input is reported (in the output and on standard error) and skipped; exit code 2 if any input failed."})
final class BatchCommand implements Callable<Integer> {

    /** How many of the lowest-scoring programmes the summary names. */
    static final int LOWEST = 5;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|FILE.jsonl", description = "a folder of .json files, or a .jsonl file")
    Path input;

    @Mixin
    EngineOptions options;

    @Option(names = "--threads", paramLabel = "N",
            description = "how many programmes to assess at once (default: one per processor); the output keeps the input's order")
    Integer threads;

    private record Item(String input, Integer line, String text, Path file, Problem unreadable) {
        String source() {
            return line == null ? input : input + " line " + line;
        }
    }

    private record Scored(Item item, Report report) {
    }

    /** What one input gave: its output line, its report (if assessed), what to say on standard error, and how it failed. */
    private record Outcome(String line, Scored scored, List<String> errors, Failure failure, int tripped) {
    }

    private enum Failure { NONE, INVALID, INTERNAL }

    @Override
    public Integer call() throws IOException {
        EngineOptions.Early begun = EngineOptions.takeEarly();
        List<Item> items = items();
        if (items.isEmpty()) {
            throw new ProgrammeHealthCli.UsageProblem(input + ": nothing to assess ("
                    + (Files.isDirectory(input) ? "no .json files in the folder" : "the file has no lines") + ")");
        }
        if (threads != null && threads < 1) {
            throw new ProgrammeHealthCli.UsageProblem("--threads must be 1 or more, not " + threads);
        }
        ProgrammeHealth health = options.engine(begun);
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = ProgrammeHealthCli.onTerminal();
        int[] failures = new int[2];
        List<Scored> tripping = new ArrayList<>();
        int workers = Math.min(items.size(), threads != null ? threads : Runtime.getRuntime().availableProcessors());
        // a bounded pool and a bounded window of inputs in flight: each is assessed on any worker, and
        // written here, in input order, as soon as it and every input before it are done
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "programme-health-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            Output.stream(options.output, spec.commandLine().getOut(), w -> {
                List<Scored> scored = new ArrayList<>();
                ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
                int submitted = 0;
                for (int i = 0; i < items.size(); i++) {
                    while (submitted < items.size() && inFlight.size() < 4 * workers) {
                        Item next = items.get(submitted++);
                        inFlight.add(pool.submit(() -> outcome(health, next)));
                    }
                    Item item = items.get(i);
                    if (progress) {
                        err.print("\rassessing " + (i + 1) + " of " + items.size() + ": " + item.source() + "\u001b[K");
                        err.flush();
                    }
                    Outcome o = done(inFlight.poll());
                    if (o.failure() == Failure.INVALID) {
                        failures[0]++;
                    } else if (o.failure() == Failure.INTERNAL) {
                        failures[1]++;
                    } else {
                        scored.add(o.scored());
                        if (o.tripped() > 0) {
                            tripping.add(o.scored());
                        }
                    }
                    if (!o.errors().isEmpty()) {
                        if (progress) {
                            err.println();
                        }
                        o.errors().forEach(err::println);
                    }
                    w.write(o.line());
                    w.write('\n');
                }
                if (progress) {
                    err.print("\r\u001b[K");
                }
                w.write(JsonText.compact(summary(items.size(), scored, failures[0] + failures[1])));
                w.write('\n');
                if (progress) {
                    err.println("Assessed " + scored.size() + " of " + items.size() + " inputs"
                            + (failures[0] + failures[1] > 0 ? ", " + (failures[0] + failures[1]) + " failed" : "")
                            + (options.output != null ? "; results in " + options.output : ""));
                }
            });
        } finally {
            pool.shutdownNow();
        }
        if (!tripping.isEmpty()) {
            explainFailOn(tripping, items.size(), err);
        }
        err.flush();
        if (failures[1] > 0) {
            return ProgrammeHealthCli.INTERNAL;
        }
        if (failures[0] > 0) {
            return ProgrammeHealthCli.BAD_INPUT;
        }
        return tripping.isEmpty() ? ProgrammeHealthCli.OK : ProgrammeHealthCli.FAIL_ON;
    }

    /** How many programmes tripped {@code --fail-on}, and the first of them, on standard error. */
    private void explainFailOn(List<Scored> tripping, int inputs, PrintWriter err) {
        err.println("Exit 1 (--fail-on " + options.failOn + "): " + tripping.size() + " of " + inputs
                + " inputs have a diagnostic at " + options.failOn + " or worse, not waived:");
        int shown = 0;
        for (Scored s : tripping) {
            if (shown++ == 10) {
                err.println("  and " + (tripping.size() - 10) + " more (each report's diagnostics are in the output)");
                break;
            }
            List<Diagnostic> tripped = options.tripping(s.report());
            err.println("  " + s.item().source() + " (" + EngineOptions.printable(s.report().programme().name()) + "): "
                    + EngineOptions.plural(tripped.size(), "diagnostic") + ", the worst " + tripped.get(0).title()
                    + " [" + tripped.get(0).severity() + "]");
        }
    }

    private static Outcome done(Future<Outcome> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error fatal) {
                throw fatal;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Assesses one input: never throws for a bad input or a failed assessment; each becomes its own error record. */
    private Outcome outcome(ProgrammeHealth health, Item item) throws IOException {
        try {
            Report report = assess(health, item);
            String json = health.toJsonLine(report);
            // the input's name, then the report's own fields as the library wrote them (no second pass)
            StringBuilder line = new StringBuilder(json.length() + item.input().length() + 32);
            line.append("{\"input\":").append(JsonText.MAPPER.writeValueAsString(item.input()));
            if (item.line() != null) {
                line.append(",\"line\":").append(item.line());
            }
            line.append(',').append(json, 1, json.length());
            return new Outcome(line.toString(), new Scored(item, report), List.of(), Failure.NONE,
                    options.tripping(report).size());
        } catch (InvalidAssessmentException e) {
            List<Problem> problems = e.problems().stream().map(p -> position(item, p)).toList();
            ObjectNode record = JsonText.MAPPER.createObjectNode();
            record.put("input", item.input());
            if (item.line() != null) {
                record.put("line", item.line());
            }
            JsonText.putInvalid(record, item.source() + ": not a valid assessment", problems);
            List<String> errors = problems.stream().map(p -> (p.line() > 0 ? item.input() : item.source()) + ": " + p).toList();
            return new Outcome(JsonText.compact(record), null, errors, Failure.INVALID, 0);
        } catch (RuntimeException e) {
            ObjectNode record = JsonText.MAPPER.createObjectNode();
            record.put("input", item.input());
            if (item.line() != null) {
                record.put("line", item.line());
            }
            ObjectNode error = record.putObject("error");
            error.put("kind", "internal");
            error.put("message", item.source() + ": internal error: " + e);
            return new Outcome(JsonText.compact(record), null, List.of(item.source() + ": internal error: " + e),
                    Failure.INTERNAL, 0);
        }
    }

    private Report assess(ProgrammeHealth health, Item item) {
        if (item.unreadable() != null) {
            throw new InvalidAssessmentException(item.source(), List.of(item.unreadable()));
        }
        if (item.file() != null && Files.isDirectory(item.file())) {
            return together(health, item);
        }
        if (item.text() != null && item.text().stripLeading().startsWith("[")) {
            return togetherOnOneLine(health, item);
        }
        return health.assess(item.file() != null ? health.read(item.file()) : health.parse(item.text(), item.source()));
    }

    /** A folder inside the batch folder: one programme's responses from several perspectives, assessed together. */
    private static Report together(ProgrammeHealth health, Item item) {
        List<Path> files;
        try (Stream<Path> list = Files.list(item.file())) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new InvalidAssessmentException(item.source(), List.of(new Problem("$", "the folder has no .json responses", 0, 0)));
        }
        List<org.programmehealth.model.Assessment> responses = new ArrayList<>();
        files.forEach(f -> responses.add(health.read(f)));
        ProgrammeHealth.checkTogether(responses, files.stream().map(f -> item.input() + f.getFileName()).toList());
        return health.assess(responses);
    }

    /** A JSON Lines record that is an array: one programme's responses, assessed together. */
    private static Report togetherOnOneLine(ProgrammeHealth health, Item item) {
        com.fasterxml.jackson.databind.JsonNode array;
        try {
            array = JsonText.MAPPER.readTree(item.text());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // not JSON: let the reader report it with its position, as for any record
            return health.assess(health.parse(item.text(), item.source()));
        }
        List<org.programmehealth.model.Assessment> responses = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String source = item.source() + " response " + (i + 1);
            responses.add(health.parse(array.get(i).toString(), source));
            sources.add(source);
        }
        if (responses.isEmpty()) {
            throw new InvalidAssessmentException(item.source(), List.of(new Problem("$", "an empty list of responses", item.line(), 0)));
        }
        ProgrammeHealth.checkTogether(responses, sources);
        return health.assess(responses);
    }

    /** A problem of a JSON Lines record, with its line in the file rather than in the record. */
    private static Problem position(Item item, Problem p) {
        if (item.line() == null || p.line() == 0) {
            return p;
        }
        return new Problem(p.path(), p.message(), item.line() + p.line() - 1, p.column());
    }

    static ObjectNode summary(int inputs, List<Scored> scored, int failed) {
        Map<String, Integer> programmes = new TreeMap<>();
        Map<String, Severity> worst = new TreeMap<>();
        for (Scored s : scored) {
            Map<String, Severity> signs = new TreeMap<>();
            for (Diagnostic d : s.report().diagnostics()) {
                signs.merge(d.sign(), d.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            signs.forEach((sign, severity) -> {
                programmes.merge(sign, 1, Integer::sum);
                worst.merge(sign, severity, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            });
        }
        ObjectNode root = JsonText.MAPPER.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("inputs", inputs);
        summary.put("assessed", scored.size());
        summary.put("failed", failed);
        ArrayNode signs = summary.putArray("signs");
        programmes.keySet().stream()
                .sorted(Comparator.comparing((String s) -> -programmes.get(s))
                        .thenComparing(s -> -worst.get(s).ordinal())
                        .thenComparing(s -> s))
                .forEach(sign -> signs.addObject().put("sign", sign).put("programmes", programmes.get(sign))
                        .put("worstSeverity", worst.get(sign).name()));
        ArrayNode lowest = summary.putArray("lowestScores");
        scored.stream().filter(s -> s.report().score().overall() != null)
                .sorted(Comparator.comparingInt((Scored s) -> s.report().score().overall()))
                .limit(LOWEST)
                .forEach(s -> {
                    ObjectNode o = lowest.addObject();
                    o.put("input", s.item().input());
                    if (s.item().line() != null) {
                        o.put("line", s.item().line());
                    }
                    o.put("id", s.report().programme().id());
                    o.put("name", s.report().programme().name());
                    o.put("overall", s.report().score().overall());
                    o.put("diagnostics", s.report().diagnostics().size());
                });
        return root;
    }

    private List<Item> items() throws IOException {
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.list(input)) {
                // a .json file is one programme; a folder holds one programme's responses from several perspectives
                return files.filter(f -> Files.isDirectory(f) || f.getFileName().toString().endsWith(".json"))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> Files.isDirectory(f) || !f.getFileName().toString().endsWith("/"))
                        .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                        .map(f -> new Item(f.getFileName().toString() + (Files.isDirectory(f) ? "/" : ""), null, null, f, null))
                        .toList();
            }
        }
        if (!Files.exists(input)) {
            throw new ProgrammeHealthCli.UsageProblem(input + ": no such file or folder");
        }
        if (!input.getFileName().toString().endsWith(".jsonl")) {
            throw new ProgrammeHealthCli.UsageProblem(input + ": expected a folder of .json files or a JSON Lines file"
                    + " ending in .jsonl (to assess one file, use 'assess')");
        }
        return lines(input);
    }

    /** The records of a JSON Lines file, each with its line number; a line that is not UTF-8 is a bad input of its own. */
    private static List<Item> lines(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Item> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 0;
            int b;
            boolean more = true;
            while (more) {
                b = in.read();
                if (b != -1 && b != '\n') {
                    line.write(b);
                    continue;
                }
                more = b != -1;
                if (!more && line.size() == 0) {
                    break;
                }
                number++;
                byte[] bytes = line.toByteArray();
                line.reset();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                try {
                    String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
                    if (number == 1 && text.startsWith("\uFEFF")) {
                        text = text.substring(1);
                    }
                    if (!text.isBlank()) {
                        out.add(new Item(name, number, text, null, null));
                    }
                } catch (CharacterCodingException e) {
                    // the library says where the first byte that is not UTF-8 is, and how to save the file as UTF-8
                    List<Problem> problems = AssessmentFormat.defaults().validate(java.util.Arrays.copyOf(bytes, length), name);
                    out.add(new Item(name, number, null, null, problems.isEmpty()
                            ? new Problem("$", "the line is not UTF-8 text", 1, 0) : problems.get(0)));
                }
            }
        }
        return out;
    }

}
