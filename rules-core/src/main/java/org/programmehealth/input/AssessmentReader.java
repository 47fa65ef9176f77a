package org.programmehealth.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.programmehealth.InputLimits;
import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.Problem;
import org.programmehealth.model.Assessment;

/**
 * Reads and validates assessments: syntax (with line and column), the JSON Schema of the format
 * (every problem at once, each with its JSON path), then what a schema cannot say (real dates,
 * dates in order, departments seeing benefit within departments involved, history length).
 * Thread-safe.
 */
public final class AssessmentReader {

    /** Where the format's JSON Schema lives on the classpath. */
    public static final String SCHEMA = "org/programmehealth/assessment.schema.json";

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final InputLimits limits;
    private final ObjectMapper mapper;
    private volatile JsonSchema schema;
    private final QuickSchemaCheck quick;

    public AssessmentReader(InputLimits limits) {
        this.limits = limits;
        this.mapper = Json.reader(limits);
        this.quick = loadQuickCheck();
        if (quick == null) {
            this.schema = loadSchema();
        }
    }

    /**
     * The full validator, loaded the first time a document fails the quick check: a tool that reads
     * only valid documents never loads it (a fifth of the command-line tool's start-up).
     */
    private JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            synchronized (this) {
                s = schema;
                if (s == null) {
                    s = loadSchema();
                    schema = s;
                }
            }
        }
        return s;
    }

    /** The quick check of the same schema (see {@link QuickSchemaCheck}), or null to always run the full validator. */
    private static QuickSchemaCheck loadQuickCheck() {
        try {
            return QuickSchemaCheck.compile(FormatSchema.tree());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        // the format's own marks on each answer (x-answer, x-better, x-at-most) are annotations, not checks
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new AnnotationKeyword("x-answer"))
                .keyword(new AnnotationKeyword("x-better"))
                .keyword(new AnnotationKeyword("x-at-most"))
                .build();
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(meta))
                .getSchema(FormatSchema.tree(), config);
        s.initializeValidators();
        return s;
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
        try {
            return mapper.treeToValue(parsed.tree(), Assessment.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the schema and checks above should make this unreachable; never lose the reason
            throw new InvalidAssessmentException(source, List.of(new Problem("$", "cannot be read as an assessment: "
                    + e.getMessage(), 0, 0)));
        }
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

    /** Reads a file as UTF-8 text, refusing one larger than the limits allow. */
    public String text(Path file) {
        try {
            long size = Files.size(file);
            if (size > (long) limits.maxDocumentChars() * 4) {
                throw invalid(file.toString(), "$", "the file is " + size + " bytes, more than the limit of "
                        + limits.maxDocumentChars() + " characters", 0, 0);
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw invalid(file.toString(), "$", "no such file", 0, 0);
        } catch (CharacterCodingException e) {
            throw invalid(file.toString(), "$", "the file is not UTF-8 text", 0, 0);
        } catch (IOException e) {
            throw invalid(file.toString(), "$", "cannot read the file: " + e.getMessage(), 0, 0);
        }
    }

    private record Parsed(JsonNode tree, Map<String, int[]> locations) {
    }

    private Parsed parse(String source, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(source, "$", "the document is empty; expected a JSON object (an assessment)", 0, 0);
        }
        if (text.length() > limits.maxDocumentChars()) {
            throw invalid(source, "$", "the document is " + text.length() + " characters long, more than the limit of "
                    + limits.maxDocumentChars(), 0, 0);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // the positional pass names the path of a syntax error; it fails on the same token
            locate(source, text);
            throw syntax(source, e, "$");
        }
        // where every value starts is needed only to place a problem: worked out on first use
        Map<String, int[]> locations = new LazyLocations(() -> locate(source, text));
        if (!tree.isObject()) {
            throw invalid(source, "$", "expected a JSON object (an assessment), found " + kind(tree), 1, 1);
        }
        List<Problem> problems = new ArrayList<>();
        if (quick == null || !quick.certainlyValid(tree)) {
            Set<ValidationMessage> messages = schema().validate(tree);
            for (ValidationMessage m : messages) {
                String path = m.getInstanceLocation().toString();
                if (("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) && m.getProperty() != null) {
                    path = child(path, m.getProperty());
                }
                problems.add(problem(path, schemaMessage(m, path, tree), locations));
            }
        }
        if (problems.isEmpty()) {
            crossChecks(tree, locations, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                    .thenComparing(Problem::path).thenComparing(Problem::message));
            throw new InvalidAssessmentException(source, problems);
        }
        return new Parsed(tree, locations);
    }

    /** A map of positions computed the first time anything asks for one. */
    private static final class LazyLocations extends java.util.AbstractMap<String, int[]> {
        private final java.util.function.Supplier<Map<String, int[]>> compute;
        private Map<String, int[]> computed;

        LazyLocations(java.util.function.Supplier<Map<String, int[]>> compute) {
            this.compute = compute;
        }

        private Map<String, int[]> map() {
            if (computed == null) {
                computed = compute.get();
            }
            return computed;
        }

        @Override
        public int[] get(Object key) {
            return map().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map().containsKey(key);
        }

        @Override
        public Set<Map.Entry<String, int[]>> entrySet() {
            return map().entrySet();
        }
    }

    /** One streaming pass that fails on bad syntax with line and column, and records where every value starts. */
    private Map<String, int[]> locate(String source, String text) {
        Map<String, int[]> locations = new HashMap<>();
        JsonParser p = null;
        try {
            p = mapper.getFactory().createParser(text);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
                    continue;
                }
                JsonStreamContext ctx = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                var loc = p.currentTokenLocation();
                locations.putIfAbsent(path(ctx), new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
            return locations;
        } catch (JsonProcessingException e) {
            throw syntax(source, e, p == null ? "$" : path(p.getParsingContext()));
        } catch (IOException e) {
            throw invalid(source, "$", "cannot read: " + e.getMessage(), 0, 0);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // nothing to release for an in-memory parser
                }
            }
        }
    }

    private static InvalidAssessmentException syntax(String source, JsonProcessingException e, String path) {
        var loc = e.getLocation();
        String message = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            message = "refused: " + message;
        }
        message = message.replaceAll("\\[Source: [^;\\]]*(\\([^)]*\\))?; (line: \\d+, column: \\d+)]", "[$2]");
        return invalid(source, path, "not valid JSON: " + firstLine(message),
                loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String child(String parent, String name) {
        return parent + (SIMPLE_NAME.matcher(name).matches() ? "." + name : "['" + name.replace("'", "\\'") + "']");
    }

    static String path(JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add(child("", c.getCurrentName()));
            }
        }
        StringBuilder sb = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.toString();
    }

    private static String schemaMessage(ValidationMessage m, String path, JsonNode tree) {
        String text = m.getMessage();
        String at = m.getInstanceLocation().toString();
        if (text.startsWith(at + ": ")) {
            text = text.substring(at.length() + 2);
        }
        if ("additionalProperties".equals(m.getType())) {
            return "unknown field '" + m.getProperty() + "': format version 1 has no such field (check its spelling;"
                    + " embedders' own answers go under 'extensions')";
        }
        JsonNode value = at(tree, path);
        if (value != null && value.isValueNode() && !"required".equals(m.getType())) {
            String shown = value.toString();
            text += " (found " + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown) + ")";
        }
        return text;
    }

    private void crossChecks(JsonNode tree, Map<String, int[]> locations, List<Problem> problems) {
        LocalDate assessedOn = date(tree.path("programme").path("assessedOn"), "$.programme.assessedOn", locations, problems);
        LocalDate startedOn = date(tree.path("programme").path("startedOn"), "$.programme.startedOn", locations, problems);
        if (startedOn != null && assessedOn != null && startedOn.isAfter(assessedOn)) {
            problems.add(problem("$.programme.startedOn", "startedOn " + startedOn + " is after assessedOn " + assessedOn,
                    locations));
        }
        benefit(tree.path("centre"), "$.centre", locations, problems);
        NotApplicableCheck.check(tree, (path, message) -> problems.add(problem(path, message, locations)));
        JsonNode history = tree.path("history");
        if (history.isArray()) {
            if (history.size() > limits.maxHistory()) {
                problems.add(problem("$.history", "history has " + history.size() + " snapshots, more than the limit of "
                        + limits.maxHistory(), locations));
                return;
            }
            LocalDate previous = null;
            for (int i = 0; i < history.size(); i++) {
                String at = "$.history[" + i + "]";
                LocalDate d = date(history.get(i).path("assessedOn"), at + ".assessedOn", locations, problems);
                if (d != null && assessedOn != null && !d.isBefore(assessedOn)) {
                    problems.add(problem(at + ".assessedOn", "a history snapshot (" + d
                            + ") must be dated before the assessment itself (" + assessedOn + ")", locations));
                }
                if (d != null && previous != null && !d.isAfter(previous)) {
                    problems.add(problem(at + ".assessedOn", "history must be oldest first with strictly increasing dates: "
                            + d + " does not come after " + previous, locations));
                }
                if (d != null) {
                    previous = d;
                }
                benefit(history.get(i).path("centre"), at + ".centre", locations, problems);
            }
        }
    }

    private static void benefit(JsonNode centre, String at, Map<String, int[]> locations, List<Problem> problems) {
        JsonNode involved = centre.path("departmentsInvolved");
        JsonNode benefit = centre.path("departmentsSeeingBenefit");
        if (involved.isIntegralNumber() && benefit.isIntegralNumber() && benefit.asLong() > involved.asLong()) {
            problems.add(problem(at + ".departmentsSeeingBenefit", "departmentsSeeingBenefit (" + benefit.asLong()
                    + ") cannot exceed departmentsInvolved (" + involved.asLong() + ")", locations));
        }
    }

    private static LocalDate date(JsonNode node, String path, Map<String, int[]> locations, List<Problem> problems) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(problem(path, "'" + node.asText() + "' is not a real date (YYYY-MM-DD)", locations));
            return null;
        }
    }

    private static Problem problem(String path, String message, Map<String, int[]> locations) {
        int[] at = locations.get(path);
        if (at == null) {
            // a missing field: point at the object that should hold it
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "$";
            at = locations.getOrDefault(parent, new int[] {0, 0});
        }
        return new Problem(path, message, at[0], at[1]);
    }

    private static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        var m = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]|\\['((?:[^'\\\\]|\\\\.)*)']").matcher(path.substring(1));
        while (m.find() && node != null) {
            if (m.group(1) != null) {
                node = node.get(m.group(1));
            } else if (m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            } else {
                node = node.get(m.group(3));
            }
        }
        return node;
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

    private static InvalidAssessmentException invalid(String source, String path, String message, int line, int column) {
        return new InvalidAssessmentException(source, List.of(new Problem(path, message, line, column)));
    }
}
