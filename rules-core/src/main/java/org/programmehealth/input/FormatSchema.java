package org.programmehealth.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The marks the format's JSON Schema ({@link AssessmentSchema}, read once) puts on each answer,
 * which "what would clear it" reads ({@link #answers()}): whether it is a fact about the programme or something it can act on,
 * which direction is better, and its range.
 */
public final class FormatSchema {

    /** What the schema says about one answer of the current snapshot. */
    public record AnswerMark(String path, boolean action, Object better, double minimum, double maximum, String atMost) {

        /**
         * For an action: +1 if a higher number is better, -1 if lower; 0 when the schema gives no
         * direction or the answer is not a number.
         */
        public int numberDirection() {
            return "higher".equals(better) ? 1 : "lower".equals(better) ? -1 : 0;
        }

        /** For a yes/no action: the better answer, or null when none is marked. */
        public Boolean betterBoolean() {
            return better instanceof Boolean b ? b : null;
        }

        /** For a choice: the choices best first, or an empty list when none is marked. */
        @SuppressWarnings("unchecked")
        public List<String> choicesBestFirst() {
            return better instanceof List<?> l ? (List<String>) l : List.of();
        }
    }

    private static final class Holder {
        static final Map<String, AnswerMark> ANSWERS = marks(AssessmentSchema.tree());
    }

    private FormatSchema() {
    }

    /** The marks of every answer of the format, by dotted path ({@code centre.targetRedefinitions}), in the format's order. */
    public static Map<String, AnswerMark> answers() {
        return Holder.ANSWERS;
    }

    private static Map<String, AnswerMark> marks(JsonNode schema) {
        Map<String, AnswerMark> out = new LinkedHashMap<>();
        for (String path : FieldPaths.all()) {
            String[] parts = path.split("\\.");
            JsonNode section = resolve(schema, schema.path("properties").path(parts[0]));
            JsonNode property = section.path("properties").path(parts[1]);
            JsonNode field = resolve(schema, property);
            double min = field.has("minimum") ? field.get("minimum").asDouble() : Double.NEGATIVE_INFINITY;
            double max = field.has("maximum") ? field.get("maximum").asDouble() : Double.POSITIVE_INFINITY;
            boolean action = "action".equals(property.path("x-answer").asText());
            JsonNode b = property.path("x-better");
            Object better = null;
            if (b.isTextual()) {
                better = b.asText();
            } else if (b.isBoolean()) {
                better = b.asBoolean();
            } else if (b.isArray()) {
                List<String> order = new ArrayList<>();
                b.forEach(v -> order.add(v.asText()));
                better = List.copyOf(order);
            }
            String atMost = property.hasNonNull("x-at-most") ? property.get("x-at-most").asText() : null;
            out.put(path, new AnswerMark(path, action, better, min, max, atMost));
        }
        return Collections.unmodifiableMap(out);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref") && n.get("$ref").asText().startsWith("#/$defs/")) {
            n = schema.path("$defs").path(n.get("$ref").asText().substring("#/$defs/".length()));
        }
        return n;
    }
}
