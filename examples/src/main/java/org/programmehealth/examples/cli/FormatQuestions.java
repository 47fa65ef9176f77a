package org.programmehealth.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.programmehealth.AssessmentFormat;

/**
 * The questions of the self-assessment format, read from the JSON Schema that ships in
 * {@code rules-core} ({@value #SCHEMA}): each field's meaning is its schema description and its
 * allowed range comes from its type, bounds and choices, so there is no second list to keep in
 * step. In the format's order: the programme's identity first, then section by section. The
 * top-level {@code schemaVersion} is implied; {@code history} and {@code extensions} are not
 * questions.
 */
final class FormatQuestions {

    static final String SCHEMA = "org/programmehealth/assessment.schema.json";

    /** What kind of answer a question takes. */
    enum Kind { TEXT, DATE, WHOLE_NUMBER, NUMBER, YES_NO, CHOICE }

    /**
     * One question.
     *
     * @param path    the dotted path of the field, e.g. {@code centre.outcomesAgreed}
     * @param meaning the field's description in the schema
     * @param range   what answers are allowed, in words
     */
    record Question(String section, String sectionTitle, String field, String path, String meaning, String range, Kind kind,
                    List<String> choices, boolean required) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormatQuestions() {
    }

    /** The sections that are asked, in the format's order (every section of answers; not who answered). */
    static List<String> sections(JsonNode schema) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // who answered (respondent) is not a question about the programme
            if (resolve(schema, e.getValue()).path("properties").isObject() && !e.getKey().equals("respondent")) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Every question of the format, in its order. */
    static List<Question> all() {
        JsonNode schema = schema();
        List<Question> out = new ArrayList<>();
        for (String section : sections(schema)) {
            JsonNode sectionNode = resolve(schema, schema.path("properties").path(section));
            String title = sectionNode.path("description").asText(section);
            List<String> required = new ArrayList<>();
            sectionNode.path("required").forEach(n -> required.add(n.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = sectionNode.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                out.add(question(schema, section, title, f.getKey(), f.getValue(), required.contains(f.getKey())));
            }
        }
        return out;
    }

    private static Question question(JsonNode schema, String section, String title, String field, JsonNode node,
                                     boolean required) {
        JsonNode def = resolve(schema, node);
        String meaning = node.path("description").asText(def.path("description").asText(""));
        String defDescription = node.has("$ref") ? def.path("description").asText("") : "";
        List<String> choices = new ArrayList<>();
        def.path("enum").forEach(n -> {
            if (!n.isNull()) {
                choices.add(n.asText());
            }
        });
        List<String> types = new ArrayList<>();
        if (def.path("type").isArray()) {
            def.path("type").forEach(t -> types.add(t.asText()));
        } else if (def.has("type")) {
            types.add(def.path("type").asText());
        }
        Kind kind;
        String range;
        if (!choices.isEmpty()) {
            kind = Kind.CHOICE;
            range = "one of " + String.join(", ", choices) + " (or its number, 1 to " + choices.size() + ")";
        } else if (types.contains("boolean")) {
            kind = Kind.YES_NO;
            range = "yes or no";
        } else if (types.contains("integer") || types.contains("number")) {
            kind = types.contains("integer") ? Kind.WHOLE_NUMBER : Kind.NUMBER;
            range = defDescription.isEmpty() ? bounds(kind, def) : defDescription;
        } else if (def.has("pattern") && def.path("pattern").asText().startsWith("^[0-9]{4}-")) {
            kind = Kind.DATE;
            range = defDescription.isEmpty() ? "a date, YYYY-MM-DD" : defDescription;
        } else {
            kind = Kind.TEXT;
            range = "text" + (def.has("maxLength") ? ", " + def.path("minLength").asInt(0) + " to " + def.path("maxLength").asInt()
                    + " characters" : "");
        }
        return new Question(section, title, field, section + "." + field, meaning, range, kind, List.copyOf(choices), required);
    }

    private static String bounds(Kind kind, JsonNode def) {
        String what = kind == Kind.WHOLE_NUMBER ? "a whole number" : "a number";
        boolean min = def.has("minimum");
        // a count's maximum is the largest whole number there is: no limit a person needs telling about
        boolean max = def.has("maximum") && def.get("maximum").asLong() != Integer.MAX_VALUE;
        if (min && max) {
            return what + " from " + def.get("minimum").asText() + " to " + def.get("maximum").asText();
        }
        if (min) {
            return what + ", " + def.get("minimum").asText() + " or more";
        }
        return max ? what + ", " + def.get("maximum").asText() + " or less" : what;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 10 && n.has("$ref"); i++) {
            String ref = n.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                break;
            }
            n = schema.path("$defs").path(ref.substring("#/$defs/".length()));
        }
        return n;
    }

    /** The format's JSON Schema, from the library's jar. */
    static JsonNode schema() {
        try (InputStream in = AssessmentFormat.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the library's jar");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's {@code const} for the top-level {@code schemaVersion}. */
    static String schemaVersion() {
        return schema().path("properties").path("schemaVersion").path("const").asText("1");
    }
}
