package org.programmehealth.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.programmehealth.model.Assessment;

/**
 * The baseline for {@code batch}: a JSON Lines file in, one compact JSON line out per record (the
 * file's name and line, then the hand-coded findings, or an error), on one thread, as a plain-Java
 * tool would do it. Like {@link HandCodedTool} it does not validate against the schema, list what it
 * could not assess or work out what would clear a finding.
 */
public final class HandCodedBatch {

    private HandCodedBatch() {
    }

    public static void main(String[] args) throws IOException {
        HandCodedChecks checks = new HandCodedChecks(HandCodedChecks.DEFAULTS);
        Path file = Path.of(args[0]);
        String input = HandCodedTool.MAPPER.writeValueAsString(file.getFileName().toString());
        int records = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String body;
                try {
                    Assessment a = HandCodedTool.MAPPER.readValue(line, Assessment.class);
                    body = HandCodedTool.MAPPER.writeValueAsString(checks.evaluate(a));
                } catch (JsonProcessingException e) {
                    body = "{\"error\":" + HandCodedTool.MAPPER.writeValueAsString(e.getOriginalMessage()) + "}";
                }
                out.write("{\"input\":" + input + ",\"line\":" + number + "," + body.substring(1));
                out.write('\n');
                records++;
            }
            out.write("{\"summary\":{\"inputs\":" + records + "}}\n");
        }
    }
}
