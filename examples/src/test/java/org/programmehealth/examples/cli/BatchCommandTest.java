package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.SAMPLE;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The sample under another id and name, with its requests per month set (a lever on the score). */
    private static String sample(String id, int requestsPerMonth) throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(Files.readString(SAMPLE));
        json.withObjectProperty("programme").put("id", id).put("name", "Programme " + id);
        json.withObjectProperty("reporting").put("informationRequestsPerMonth", requestsPerMonth);
        return MAPPER.writeValueAsString(json);
    }

    private static final String MINIMAL = "{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"min\",\"name\":\"Minimal\",\"assessedOn\":\"2009-01-01\"}}";

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.split("\n")) {
            records.add(MAPPER.readTree(line));
        }
        return records;
    }

    @Test
    void aFolder_givesOneRecordPerFile_inNameOrder_thenASummary_andABadFileIsReportedAndSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("c.json"), sample("c", 2));
        Files.writeString(dir.resolve("a.json"), sample("a", 12));
        Files.writeString(dir.resolve("b.json"), "{\n  \"schemaVersion\": \"1\",\n  \"programme\": {\"id\": \"b\" \"name\": \"B\"}\n}");
        Files.writeString(dir.resolve("notes.txt"), "not an assessment");

        ProgrammeHealthCliTest.Run r = run("batch", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        List<JsonNode> records = lines(r.out());
        assertThat(records).hasSize(4);
        assertThat(records.subList(0, 3)).extracting(n -> n.path("input").asText()).containsExactly("a.json", "b.json", "c.json");
        assertThat(records.get(0).path("programme").path("id").asText()).isEqualTo("a");
        assertThat(records.get(0).path("reportVersion").asText()).isEqualTo("1");
        assertThat(records.get(1).path("error").path("kind").asText()).isEqualTo("invalid");
        assertThat(records.get(1).path("error").path("problems").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(records.get(2).path("programme").path("id").asText()).isEqualTo("c");
        JsonNode summary = records.get(3).path("summary");
        assertThat(summary.path("inputs").asInt()).isEqualTo(3);
        assertThat(summary.path("assessed").asInt()).isEqualTo(2);
        assertThat(summary.path("failed").asInt()).isEqualTo(1);
        assertThat(r.err()).contains("b.json: $.programme").contains("(line 3, column").doesNotContain("\tat ");
    }

    @Test
    void aJsonLinesFile_namesTheLineOfEachBadRecord_skipsBlankLines_andCountsInEqualCountsOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portfolio.jsonl");
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, '{', '}'};
        String text = sample("one", 12) + "\n\n" + "{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"two\",\"name\":\"Two\",\"assessedOn\":\"2009-01-01\"},"
                + "\"partnership\":{\"coDesign\":9}}\n" + "not json\n" + MINIMAL + "\n";
        Files.write(file, concat(text.getBytes(StandardCharsets.UTF_8), notUtf8, "\n".getBytes(StandardCharsets.UTF_8)));

        ProgrammeHealthCliTest.Run r = run("batch", file.toString());

        assertThat(r.code()).isEqualTo(2);
        List<JsonNode> records = lines(r.out());
        assertThat(records).hasSize(6);
        assertThat(records.subList(0, 5)).extracting(n -> n.path("line").asInt()).containsExactly(1, 3, 4, 5, 6);
        assertThat(records.subList(0, 5)).extracting(n -> n.has("error")).containsExactly(false, true, true, false, true);
        assertThat(records.get(1).path("error").path("problems").get(0).path("path").asText()).isEqualTo("$.partnership.coDesign");
        assertThat(records.get(4).path("error").path("problems").get(0).path("message").asText()).contains("not UTF-8");
        assertThat(records.get(5).path("summary").path("inputs").asInt()).isEqualTo(5);
        assertThat(r.err()).contains("portfolio.jsonl: $.partnership.coDesign (line 3, column")
                .contains("portfolio.jsonl: $ (line 4, column").contains("portfolio.jsonl: $ (line 6, column 1): this is UTF-16 text");
    }

    @Test
    void aBatchOfFiveHundredLines_withEveryThirteenthBroken_givesExactlyOneRecordPerLine_inOrder(@TempDir Path dir) throws Exception {
        int count = 500;
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            if (i % 13 == 0) {
                text.append(i % 2 == 0 ? "{\"schemaVersion\":\"1\"," : "{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p" + i + "\"}}");
            } else {
                text.append("{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p").append(i)
                        .append("\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"},\"reporting\":{\"informationRequestsPerMonth\":")
                        .append(i % 20).append("}}");
            }
            text.append('\n');
        }
        Path file = dir.resolve("big.jsonl");
        Files.writeString(file, text);

        ProgrammeHealthCliTest.Run r = run("batch", file.toString());

        assertThat(r.code()).isEqualTo(2);
        List<JsonNode> records = lines(r.out());
        assertThat(records).hasSize(count + 1);
        for (int i = 1; i <= count; i++) {
            JsonNode record = records.get(i - 1);
            assertThat(record.path("line").asInt()).isEqualTo(i);
            assertThat(record.has("error")).as("line %d", i).isEqualTo(i % 13 == 0);
            if (i % 13 != 0) {
                assertThat(record.path("programme").path("id").asText()).isEqualTo("p" + i);
            }
        }
        JsonNode summary = records.get(count).path("summary");
        assertThat(summary.path("inputs").asInt()).isEqualTo(count);
        assertThat(summary.path("failed").asInt()).isEqualTo(count / 13);
        assertThat(summary.path("assessed").asInt()).isEqualTo(count - count / 13);
    }

    @Test
    void theSummary_countsProgrammesPerSign_mostCommonFirst_andNamesTheLowestScores(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.json"), sample("healthy-ish", 0));
        Files.writeString(dir.resolve("2.json"), sample("overloaded", 30));
        Files.writeString(dir.resolve("3.json"), MINIMAL);

        ProgrammeHealthCliTest.Run r = run("batch", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).as("no progress when not on a terminal").isEmpty();
        List<JsonNode> records = lines(r.out());
        JsonNode summary = records.get(records.size() - 1).path("summary");
        List<Integer> counts = new ArrayList<>();
        summary.path("signs").forEach(s -> counts.add(s.path("programmes").asInt()));
        assertThat(counts).isNotEmpty().isSortedAccordingTo((a, b) -> b - a);
        List<Integer> lowest = new ArrayList<>();
        summary.path("lowestScores").forEach(s -> lowest.add(s.path("overall").asInt()));
        assertThat(lowest).isSorted();
        // a programme that answers almost nothing is never presented as healthy: its unanswered
        // questions count as warnings, so it scores lowest
        assertThat(summary.path("lowestScores").get(0).path("id").asText()).isEqualTo("min");
        int overloaded = records.get(1).path("score").path("overall").asInt();
        int healthier = records.get(0).path("score").path("overall").asInt();
        assertThat(overloaded).isLessThanOrEqualTo(healthier);
        assertThat(summary.path("lowestScores").get(1).path("overall").asInt()).isEqualTo(overloaded);
    }

    @Test
    void output_isWrittenAtomically_andNothingGoesToStandardOutput(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.json"), sample("a", 3));
        Path target = dir.resolve("out/results.jsonl");
        ProgrammeHealthCliTest.Run r = run("batch", in.toString(), "--output", target.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(target)).hasSize(2);
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aMissingInput_orAFileThatIsNotJsonLines_orAnEmptyFolder_isAUsageError(@TempDir Path dir) throws Exception {
        assertThat(run("batch", dir.resolve("nope").toString()).err()).contains("no such file or folder");
        assertThat(run("batch", SAMPLE.toString()).err()).contains("expected a folder of .json files or a JSON Lines file");
        ProgrammeHealthCliTest.Run empty = run("batch", dir.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("no .json files");
        assertThat(empty.out()).isEmpty();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
