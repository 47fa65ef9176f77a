package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.SAMPLE;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} on several threads writes exactly what it writes on one, and shares {@code assess}'s options. */
class BatchThreadsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void onFourThreads_theOutputIsByteForByteTheOutputOnOne_badLinesIncluded(@TempDir Path dir) throws Exception {
        ObjectNode sample = (ObjectNode) MAPPER.readTree(Files.readString(SAMPLE));
        StringBuilder text = new StringBuilder();
        int count = 30;
        for (int i = 1; i <= count; i++) {
            if (i % 7 == 0) {
                text.append("{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"bad").append(i).append("\"}}\n");
                continue;
            }
            ObjectNode p = sample.deepCopy();
            p.withObjectProperty("programme").put("id", "p" + i);
            // a cheap record now and then, so that later inputs finish before earlier ones
            if (i % 3 == 0) {
                p = (ObjectNode) MAPPER.readTree("{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p" + i
                        + "\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"}}");
            }
            p.withObjectProperty("reporting").put("informationRequestsPerMonth", i);
            text.append(MAPPER.writeValueAsString(p)).append('\n');
        }
        Path file = dir.resolve("portfolio.jsonl");
        Files.writeString(file, text);

        ProgrammeHealthCliTest.Run one = run("batch", file.toString(), "--threads", "1");
        ProgrammeHealthCliTest.Run four = run("batch", file.toString(), "--threads", "4");

        assertThat(one.code()).isEqualTo(2);
        assertThat(four.code()).isEqualTo(2);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());
        assertThat(four.out().lines()).hasSize(count + 1);
        int line = 0;
        for (String record : four.out().lines().limit(count).toList()) {
            assertThat(MAPPER.readTree(record).path("line").asInt()).isEqualTo(++line);
        }
    }

    @Test
    void threads_mustBeOneOrMore() {
        ProgrammeHealthCliTest.Run r = run("batch", "assessments/stories", "--threads", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be 1 or more");
    }

    @Test
    void batchTakesTheConfig_likeAssess() throws Exception {
        ProgrammeHealthCliTest.Run r = run("batch", "assessments/stories", "--config", "config/team-config.json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode first = MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(first.path("tailoring").path("disabledSigns").get(0).asText()).isEqualTo("INCREMENTALISM");
    }
}
