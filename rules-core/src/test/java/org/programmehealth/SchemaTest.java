package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.Programme;
import org.programmehealth.model.Snapshot;

/** The JSON Schema and the Java records describe the same format: a field added to one must be added to the other. */
class SchemaTest {

    private static JsonNode schema() throws Exception {
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream("org/programmehealth/assessment.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> components(Class<?> record) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            out.add(c.getName());
        }
        return out;
    }

    @Test
    void everyTopLevelField_andEverySectionsFields_matchTheRecords_inOrder() throws Exception {
        JsonNode s = schema();
        assertThat(names(s.path("properties"))).containsExactlyElementsOf(components(Assessment.class));
        assertThat(names(s.path("properties").path("programme").path("properties"))).containsExactlyElementsOf(components(Programme.class));
        for (RecordComponent c : Assessment.class.getRecordComponents()) {
            if (c.getType().isRecord() && c.getType() != Programme.class) {
                assertThat(names(s.path("$defs").path(c.getName()).path("properties")))
                        .as("section %s", c.getName()).containsExactlyElementsOf(components(c.getType()));
            }
        }
        assertThat(names(s.path("$defs").path("snapshot").path("properties"))).containsExactlyElementsOf(components(Snapshot.class));
    }

    @Test
    void theSchemaIsDraft202012_andRefusesUnknownFieldsEverywhere() throws Exception {
        JsonNode s = schema();
        assertThat(s.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(s.path("additionalProperties").asBoolean(true)).isFalse();
        s.path("$defs").fields().forEachRemaining(e -> {
            if (e.getValue().has("properties")) {
                assertThat(e.getValue().path("additionalProperties").asBoolean(true)).as(e.getKey()).isFalse();
            }
        });
    }
}
