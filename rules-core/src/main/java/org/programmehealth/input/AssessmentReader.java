package org.programmehealth.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;

import org.programmehealth.InputLimits;
import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.Problem;
import org.programmehealth.model.Assessment;

/**
 * Reads and validates assessments: strict UTF-8, syntax (with line and column, in our words),
 * what JSON can hold but no answer can be ({@link ValueChecks}), the JSON Schema of the format
 * (every problem at once, each with its JSON path), then what a schema cannot say
 * ({@link CrossChecks}). A document that passes is bound to the model's records by {@link TreeBinder}
 * (by Jackson where that gives up). Thread-safe.
 */
public final class AssessmentReader {

    /** Where the format's JSON Schema lives on the classpath (see {@link AssessmentSchema}). */
    public static final String SCHEMA = AssessmentSchema.RESOURCE;

    private final InputLimits limits;
    private final ObjectMapper mapper;
    /** The same reading, finding duplicate keys as the tree is built: see {@link #readTree}. */
    private final ObjectMapper quickTreeMapper;

    public AssessmentReader(InputLimits limits) {
        this.limits = limits;
        this.mapper = Json.reader(limits);
        this.quickTreeMapper = Json.quickTreeReader(limits);
    }

    /** Reads a file; a file that cannot be read is reported like any other bad input. */
    public Assessment read(Path file) {
        return read(file.toString(), text(file));
    }

    /**
     * Reads an assessment from JSON text.
     *
     * @param source the name used in messages (a file name, a line of a batch)
     * @throws InvalidAssessmentException listing every problem, with JSON path and position
     */
    public Assessment read(String source, String text) {
        Parsed parsed = parse(source, text);
        Assessment bound = TreeBinder.assessment(parsed.tree());
        if (bound != null) {
            return bound;
        }
        try {
            return mapper.treeToValue(parsed.tree(), Assessment.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the schema and checks above should make this unreachable; if not, say where, in our words
            String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "$";
            throw new InvalidAssessmentException(source, List.of(Locations.problem(path,
                    "this answer cannot be read as the format says it should be", parsed.locations())));
        }
    }

    /** Reads an assessment from the bytes of a UTF-8 document (a byte-order mark is allowed). */
    public Assessment read(String source, byte[] utf8) {
        return read(source, Utf8Text.decode(utf8, source));
    }

    /** Every problem in the text, in source order; empty when it is a valid assessment. */
    public List<Problem> validate(String source, String text) {
        try {
            parse(source, text);
            return List.of();
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
    }

    /** Reads a file strictly as UTF-8 text, refusing one larger than the limits allow. */
    public String text(Path file) {
        try {
            long size = Files.size(file);
            if (size > (long) limits.maxDocumentChars() * 4) {
                throw invalid(file.toString(), "the file is " + size + " bytes, more than the limit of "
                        + limits.maxDocumentChars() + " characters");
            }
            if (Files.isDirectory(file)) {
                throw invalid(file.toString(), "this is a folder, not a file");
            }
            return Utf8Text.decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw invalid(file.toString(), "no such file");
        } catch (AccessDeniedException e) {
            throw invalid(file.toString(), "cannot read the file: permission denied");
        } catch (IOException e) {
            throw invalid(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    private record Parsed(JsonNode tree, Map<String, int[]> locations) {
    }

    private Parsed parse(String source, String original) {
        String text = Utf8Text.withoutByteOrderMark(original);
        if (text == null || text.isBlank()) {
            throw invalid(source, "the document is empty; expected a JSON object (an assessment)");
        }
        if (text.length() > limits.maxDocumentChars()) {
            throw invalid(source, "the document is " + text.length() + " characters long, more than the limit of "
                    + limits.maxDocumentChars());
        }
        JsonNode tree;
        try {
            tree = readTree(text);
        } catch (JsonProcessingException e) {
            // the positional pass names the path of a syntax error; it fails on the same token
            Locations.locate(mapper, source, text);
            throw Locations.syntax(source, e, "$", null);
        }
        // where every value starts is needed only to place a problem: worked out on first use
        Map<String, int[]> locations = new Locations(() -> Locations.locate(mapper, source, text));
        if (!tree.isObject()) {
            throw new InvalidAssessmentException(source, List.of(new Problem("$",
                    "expected a JSON object (an assessment), found " + kind(tree), 1, 1)));
        }
        ValueChecks.Found found = ValueChecks.check(tree, locations);
        List<Problem> problems = new ArrayList<>(found.problems());
        QuickSchemaCheck quick = AssessmentSchema.quickCheck();
        if (quick == null || !found.problems().isEmpty() || !quick.certainlyValid(tree)) {
            problems.addAll(SchemaMessages.problems(AssessmentSchema.validator().validate(tree), tree, found.paths(),
                    locations));
        }
        if (problems.isEmpty()) {
            CrossChecks.check(tree, limits, locations, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                    .thenComparing(Problem::path).thenComparing(Problem::message));
            throw new InvalidAssessmentException(source, problems);
        }
        return new Parsed(tree, locations);
    }

    /**
     * The document's tree, read first with duplicate keys found as the tree is built. If that fails
     * for any reason, the strict parser reads the text again: every problem it has is then reported
     * with the strict parser's own message and position, the key itself for a duplicate.
     */
    private JsonNode readTree(String text) throws JsonProcessingException {
        try {
            return quickTreeMapper.readTree(text);
        } catch (JsonProcessingException e) {
            return mapper.readTree(text);
        }
    }

    private static String kind(JsonNode n) {
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    private static InvalidAssessmentException invalid(String source, String message) {
        return new InvalidAssessmentException(source, List.of(new Problem("$", message, 0, 0)));
    }

    /** The schema validator's findings as problems, in our words where the validator's own are unclear. */
    static final class SchemaMessages {
        private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

        private SchemaMessages() {
        }

        static List<Problem> problems(Set<ValidationMessage> messages, JsonNode tree, Set<String> already,
                                      Map<String, int[]> locations) {
            List<Problem> out = new ArrayList<>();
            for (ValidationMessage m : messages) {
                String path = m.getInstanceLocation().toString();
                if (("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) && m.getProperty() != null) {
                    path = JsonPaths.child(path, m.getProperty());
                }
                if (!already.contains(path) || "additionalProperties".equals(m.getType())) {
                    out.add(Locations.problem(path, message(m, path, tree), locations));
                }
            }
            return out;
        }

        private static String message(ValidationMessage m, String path, JsonNode tree) {
            String at = m.getInstanceLocation().toString();
            if ("additionalProperties".equals(m.getType())) {
                return "unknown field '" + m.getProperty() + "': format version 1 has no such field (check its spelling;"
                        + " embedders' own answers go under 'extensions')";
            }
            String text = m.getMessage();
            if (text.startsWith(at + ": ")) {
                text = text.substring(at.length() + 2);
            }
            if ("pattern".equals(m.getType()) && AssessmentSchema.at(path).path("pattern").asText().equals(DATE_PATTERN)) {
                text = "must be a date, written YYYY-MM-DD";
            }
            JsonNode value = JsonPaths.at(tree, path);
            if (value != null && value.isValueNode() && !"required".equals(m.getType())) {
                String shown = value.toString();
                text += " (found " + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown) + ")";
            }
            return text;
        }
    }
}
