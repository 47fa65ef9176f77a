package org.programmehealth.input;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The format's JSON Schema, read from the classpath once and shared: by the quick check, by the
 * full validator (built the first time a document fails the quick check) and by whatever else
 * needs to know a field's type or range (what would clear a diagnostic, the messages that say
 * what an answer accepts).
 */
public final class AssessmentSchema {

    /** Where the format's JSON Schema lives on the classpath. */
    public static final String RESOURCE = "org/programmehealth/assessment.schema.json";

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[\\d+]|\\['(?:[^'\\\\]|\\\\.)*']");
    private static final JsonNode TREE = load();
    private static final QuickSchemaCheck QUICK = QuickSchemaCheck.compile(TREE);

    private AssessmentSchema() {
    }

    /** The schema document itself (do not change it). */
    public static JsonNode tree() {
        return TREE;
    }

    /** The quick check of the schema, or null if the schema uses a keyword the quick check does not know. */
    static QuickSchemaCheck quickCheck() {
        return QUICK;
    }

    /** The full validator, made on first use (a tool that reads only valid documents never builds it). */
    static JsonSchema validator() {
        return Validator.SCHEMA;
    }

    private static final class Validator {
        static final JsonSchema SCHEMA = build();

        private static JsonSchema build() {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
            // the format's own marks on each answer (x-answer, x-better, x-at-most) are annotations, not checks
            JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new AnnotationKeyword("x-answer"))
                    .keyword(new AnnotationKeyword("x-better"))
                    .keyword(new AnnotationKeyword("x-at-most"))
                    .build();
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(meta))
                    .getSchema(TREE, config);
            s.initializeValidators();
            return s;
        }
    }

    private static JsonNode load() {
        try (InputStream in = AssessmentSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The schema of the value at a JSON path of an assessment ({@code $.history[3].centre.x}),
     * with local references followed; a missing node if the format has no such place.
     */
    public static JsonNode at(String path) {
        JsonNode node = resolve(TREE);
        Matcher m = STEP.matcher(path.startsWith("$") ? path.substring(1) : path);
        while (m.find() && !node.isMissingNode()) {
            if (m.group(1) != null) {
                JsonNode declared = node.path("properties").path(m.group(1));
                node = resolve(declared.isMissingNode() ? node.path("additionalProperties") : declared);
            } else if (m.group().startsWith("[")  && !m.group().startsWith("['")) {
                node = resolve(node.path("items"));
            } else {
                node = resolve(node.path("additionalProperties"));
            }
        }
        return node;
    }

    /** Follows local {@code $ref}s. */
    public static JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref") && n.get("$ref").asText().startsWith("#/$defs/")) {
            n = TREE.path("$defs").path(n.get("$ref").asText().substring("#/$defs/".length()));
        }
        return n;
    }

    /**
     * What a numeric answer accepts, in words ("a whole number from 0 to 2147483647", "a number
     * from 0 to 100"), or null if the place holds no number with bounds.
     */
    public static String accepts(String path) {
        JsonNode s = at(path);
        boolean integer = type(s, "integer");
        if (!integer && !type(s, "number")) {
            return null;
        }
        String kind = integer ? "a whole number" : "a number";
        BigDecimal min = s.has("minimum") ? s.get("minimum").decimalValue() : null;
        BigDecimal max = s.has("maximum") ? s.get("maximum").decimalValue() : null;
        if (min != null && max != null) {
            return kind + " from " + min.toPlainString() + " to " + max.toPlainString();
        }
        if (min != null) {
            return kind + ", " + min.toPlainString() + " or more";
        }
        if (max != null) {
            return kind + ", " + max.toPlainString() + " or less";
        }
        return kind;
    }

    private static boolean type(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isTextual()) {
            return t.textValue().equals(type);
        }
        for (JsonNode e : t) {
            if (type.equals(e.textValue())) {
                return true;
            }
        }
        return false;
    }
}
