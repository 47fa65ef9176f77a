package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import org.junit.jupiter.api.Test;

/**
 * The quick schema check may say "no" to a valid document (the full validator then decides), but
 * must never say "yes" to one the full validator rejects: checked on the sample and on every
 * mutation of each of its answers into a value of another type, out of range, or null, and on
 * unknown fields.
 */
class QuickSchemaCheckTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theQuickCheck_understandsTheFormatsSchema_andAcceptsTheSample() throws Exception {
        QuickSchemaCheck quick = quick();
        assertThat(quick).as("every keyword of the format's schema is understood").isNotNull();
        assertThat(quick.certainlyValid(sample())).isTrue();
    }

    @Test
    void theQuickCheck_neverAcceptsADocumentTheFullValidatorRejects() throws Exception {
        QuickSchemaCheck quick = quick();
        JsonSchema full = full();
        List<JsonNode> documents = mutations(sample());
        assertThat(documents).hasSizeGreaterThan(500);
        int rejected = 0;
        for (JsonNode d : documents) {
            boolean fullValid = full.validate(d).isEmpty();
            if (quick.certainlyValid(d)) {
                assertThat(fullValid).as("quick check accepted %s", d).isTrue();
            }
            if (!fullValid) {
                rejected++;
            }
        }
        assertThat(rejected).as("the mutations include invalid documents").isGreaterThan(100);
    }

    private static List<JsonNode> mutations(JsonNode sample) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> replacements = List.of(f.textNode("x"), f.textNode(""), f.textNode("2009-13-45"), f.textNode("2009-01-01\n"),
                f.numberNode(-1), f.numberNode(0), f.numberNode(1.5), f.numberNode(3.0), f.numberNode(1000), f.numberNode(6),
                f.numberNode(101), f.nullNode(), f.booleanNode(true), f.arrayNode(), f.objectNode(), f.textNode("NONE"),
                f.textNode("COMPLEX"), f.textNode("x".repeat(300)));
        List<JsonNode> out = new ArrayList<>();
        out.add(sample);
        List<String[]> paths = new ArrayList<>();
        collect(sample, "", paths);
        for (String[] p : paths) {
            for (JsonNode r : replacements) {
                JsonNode copy = sample.deepCopy();
                set(copy, p[0], r);
                out.add(copy);
            }
        }
        for (String section : List.of("", "programme", "centre", "history/0")) {
            JsonNode copy = sample.deepCopy();
            JsonNode target = section.isEmpty() ? copy : copy.at("/" + section);
            ((ObjectNode) target).put("unknownField", 1);
            out.add(copy);
        }
        for (String extensions : List.of("{\"a\": 1}", "{\"a\": \"x\", \"b\": true}", "{\"a\": {\"b\": 1}}", "{\"a\": [1]}",
                "{\"a\": null}", "[]", "3")) {
            ObjectNode copy = sample.deepCopy();
            try {
                copy.set("extensions", MAPPER.readTree(extensions));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            out.add(copy);
        }
        return out;
    }

    private static void collect(JsonNode node, String at, List<String[]> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = at + "/" + e.getKey();
                out.add(new String[] {p});
                collect(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new String[] {at + "/" + i});
                collect(node.get(i), at + "/" + i, out);
            }
        }
    }

    private static void set(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode sample() throws Exception {
        return MAPPER.readTree(Files.readString(Path.of("../examples/assessments/sample-programme.json")));
    }

    private static QuickSchemaCheck quick() throws Exception {
        try (InputStream in = QuickSchemaCheckTest.class.getClassLoader().getResourceAsStream(AssessmentReader.SCHEMA)) {
            return QuickSchemaCheck.compile(MAPPER.readTree(in));
        }
    }

    private static JsonSchema full() throws Exception {
        try (InputStream in = QuickSchemaCheckTest.class.getClassLoader().getResourceAsStream(AssessmentReader.SCHEMA)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }
}
