package org.programmehealth.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.programmehealth.model.Assessment;

/**
 * The baseline tool end to end: JSON text in (Jackson straight into the model, failing on unknown
 * fields), the hand-coded checks, a JSON report out (Jackson, pretty-printed like the engine's). It
 * does not validate against the schema, check dates or list what it could not assess: the engine's
 * extra work is part of what the ratio measures. {@code main} is the cold-start baseline.
 */
public final class HandCodedTool {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final HandCodedChecks checks;

    public HandCodedTool(HandCodedChecks checks) {
        this.checks = checks;
    }

    /** JSON text in, JSON report out. */
    public String run(String json) throws IOException {
        Assessment a = MAPPER.readValue(json, Assessment.class);
        return PRETTY.writeValueAsString(checks.evaluate(a)) + "\n";
    }

    public static void main(String[] args) throws IOException {
        String json = Files.readString(Path.of(args[0]));
        System.out.print(new HandCodedTool(new HandCodedChecks(HandCodedChecks.DEFAULTS)).run(json));
    }
}
