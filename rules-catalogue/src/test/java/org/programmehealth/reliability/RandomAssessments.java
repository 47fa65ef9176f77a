package org.programmehealth.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Random valid assessments, generated from the format's own JSON Schema (so there is no second
 * list of fields): every field absent, null or a value in its range.
 */
final class RandomAssessments {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNode SCHEMA = schema();
    static final List<String> SECTIONS = sections();

    private RandomAssessments() {
    }

    private static JsonNode schema() {
        try (InputStream in = RandomAssessments.class.getClassLoader().getResourceAsStream("org/programmehealth/assessment.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sections() {
        List<String> out = new ArrayList<>();
        SCHEMA.path("properties").fieldNames().forEachRemaining(n -> {
            if (SCHEMA.path("$defs").has(n)) {
                out.add(n);
            }
        });
        return out;
    }

    /** A valid assessment with about {@code answerRate} of its fields answered and {@code history} snapshots. */
    static ObjectNode assessment(Random random, double answerRate, int history) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", "1");
        LocalDate assessedOn = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000) + history * 400L);
        ObjectNode programme = root.putObject("programme");
        programme.put("id", "p-" + random.nextInt(1_000_000));
        programme.put("name", "Programme " + random.nextInt(1000));
        programme.put("assessedOn", assessedOn.toString());
        fill(programme, SCHEMA.path("properties").path("programme"), random, answerRate, "id", "name", "assessedOn", "startedOn");
        for (String section : SECTIONS) {
            if (random.nextDouble() < 0.9) {
                root.set(section, section(random, section, answerRate));
            }
        }
        if (history > 0) {
            ArrayNode h = root.putArray("history");
            LocalDate d = assessedOn.minusDays(history * 200L);
            for (int i = 0; i < history; i++) {
                ObjectNode s = h.addObject();
                s.put("assessedOn", d.toString());
                d = d.plusDays(1 + random.nextInt(199));
                for (String section : SECTIONS) {
                    if (random.nextDouble() < 0.5) {
                        s.set(section, section(random, section, answerRate));
                    }
                }
            }
        }
        if (random.nextBoolean()) {
            ObjectNode ext = root.putObject("extensions");
            ext.put("score", random.nextInt(100));
            ext.put("flag", random.nextBoolean());
        }
        return root;
    }

    private static ObjectNode section(Random random, String name, double answerRate) {
        ObjectNode out = MAPPER.createObjectNode();
        fill(out, SCHEMA.path("$defs").path(name), random, answerRate);
        if (out.path("departmentsSeeingBenefit").isInt() && out.path("departmentsInvolved").isInt()
                && out.get("departmentsSeeingBenefit").asInt() > out.get("departmentsInvolved").asInt()) {
            out.put("departmentsSeeingBenefit", out.get("departmentsInvolved").asInt());
        }
        return out;
    }

    private static void fill(ObjectNode out, JsonNode def, Random random, double answerRate, String... skip) {
        Iterator<Map.Entry<String, JsonNode>> fields = def.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (List.of(skip).contains(f.getKey()) || random.nextDouble() >= answerRate) {
                continue;
            }
            JsonNode spec = resolve(f.getValue());
            if (random.nextInt(20) == 0) {
                out.putNull(f.getKey());
            } else if (spec.has("enum")) {
                List<String> values = new ArrayList<>();
                spec.get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v.asText());
                    }
                });
                out.put(f.getKey(), values.get(random.nextInt(values.size())));
            } else if (spec.path("type").toString().contains("boolean")) {
                out.put(f.getKey(), random.nextBoolean());
            } else if (spec.path("type").toString().contains("integer")) {
                int min = spec.path("minimum").asInt(0);
                // a small range (a Likert scale) in full; a count, whose only bound is the largest whole number, near its minimum
                int max = spec.has("maximum") && spec.get("maximum").asLong() - min <= 100 ? spec.get("maximum").asInt() : min + 40;
                out.put(f.getKey(), min + random.nextInt(max - min + 1));
            } else if (spec.path("type").toString().contains("number")) {
                out.put(f.getKey(), Math.round(random.nextDouble() * spec.path("maximum").asDouble(100) * 10) / 10.0);
            }
        }
    }

    private static JsonNode resolve(JsonNode spec) {
        if (spec.has("$ref")) {
            String ref = spec.get("$ref").asText();
            return SCHEMA.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return spec;
    }
}
