package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13's input defects, through the command-line tool: exit 2, file, path, line and column; nothing lost. */
class InputDefectsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String doc(String name, String rest) {
        return "{\"schemaVersion\": \"1\",\n \"programme\": {\"id\": \"p\", \"name\": \"" + name + "\", \"assessedOn\": \"2009-06-30\"}"
                + (rest.isEmpty() ? "" : ",\n " + rest) + "\n}";
    }

    private static List<JsonNode> records(String text) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            out.add(MAPPER.readTree(line));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"reporting\": {\"staffTimeOnReportingPercent\": 1e400}",
        "\"scope\": {\"prioritiesNow\": -1e400}",
        "\"history\": [{\"assessedOn\": \"2008-01-01\", \"scope\": {\"prioritiesNow\": 1e400}}]",
        "\"scope\": {\"prioritiesNow\": 2147483648}"})
    void aNumberTooLarge_exits2_fromValidateAssessAndBatch_withThePathLineAndColumn(String answers, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, doc("P", answers));
        for (String command : new String[] {"validate", "assess", "batch"}) {
            ProgrammeHealthCliTest.Run r = command.equals("batch") ? run(command, dir.toString()) : run(command, file.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("huge.json").contains(answers.contains("prioritiesNow") ? "prioritiesNow" : "staffTimeOnReportingPercent").contains("(line 3, column")
                    .doesNotContain("Exception").doesNotContain("Infinity").doesNotContain("org.programmehealth");
        }
    }

    @Test
    void halfASurrogatePair_isRefusedAtItsPath_andTheBatchStillWritesEveryOtherReport(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-bad.json"), doc("Bad \\uD800 name", ""));
        Files.writeString(in.resolve("b-good.json"), doc("Good", ""));
        Path target = dir.resolve("results.jsonl");

        ProgrammeHealthCliTest.Run r = run("batch", in.toString(), "--output", target.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a-bad.json: $.programme.name (line 2, column").contains("\\uD800")
                .doesNotContain("cannot write");
        List<JsonNode> written = records(Files.readString(target));
        assertThat(written).hasSize(3);
        assertThat(written.get(0).path("error").path("problems").get(0).path("path").asText()).isEqualTo("$.programme.name");
        assertThat(written.get(1).path("programme").path("name").asText()).isEqualTo("Good");
        assertThat(written.get(2).path("summary").path("assessed").asInt()).isEqualTo(1);

        ProgrammeHealthCliTest.Run one = run("assess", in.resolve("a-bad.json").toString(), "--output", dir.resolve("r.txt").toString());
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).contains("$.programme.name").doesNotContain("cannot write");
    }

    @Test
    void aJsonLinesRecord_thatStillHoldsHalfAPair_isWrittenEscaped_neverStoppingTheFile() {
        String json = JsonText.compact(MAPPER.createObjectNode().put("name", "Bad \uD800 name").put("ok", "\uD83D\uDE00"));
        assertThat(json).isEqualTo("{\"name\":\"Bad \\uD800 name\",\"ok\":\"\uD83D\uDE00\"}");
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(json)).isTrue();
    }

    @Test
    void aCrlfJsonLinesFile_namesTheSameLineInTheRecordAndItsProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("windows.jsonl");
        String good = doc("P", "").replace("\n", "");
        Files.writeString(file, good + "\r\n" + good + "\r\n\r\n" + "{\"schemaVersion\": \"1\", \"programme\": {\r\n" + good + "\r\n");

        ProgrammeHealthCliTest.Run r = run("batch", file.toString());

        assertThat(r.code()).isEqualTo(2);
        List<JsonNode> records = records(r.out());
        JsonNode bad = records.get(2);
        assertThat(bad.path("line").asInt()).isEqualTo(4);
        assertThat(bad.path("error").path("problems").get(0).path("line").asInt()).isEqualTo(4);
        assertThat(records.get(3).has("error")).isFalse();
        assertThat(r.err()).contains("windows.jsonl: $.programme (line 4, column").doesNotContain("line 5");
    }

    @Test
    void aJsonLinesLineThatIsNotUtf8_namesTheColumnOfTheFirstBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin.jsonl");
        byte[] line = doc("Caf\u00e9", "").replace("\n", "").getBytes("windows-1252");
        Files.write(file, line);

        ProgrammeHealthCliTest.Run r = run("batch", file.toString());

        assertThat(r.code()).isEqualTo(2);
        int column = doc("Caf\u00e9", "").replace("\n", "").indexOf('\u00e9') + 1;
        assertThat(r.err()).contains("latin.jsonl: $ (line 1, column " + column + "): this is not UTF-8 text: the byte 0xE9")
                .contains("save the file as UTF-8");
    }

    @Test
    void aWindowsFileWithAByteOrderMark_isAssessed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notepad.json");
        byte[] text = doc("P", "").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        assertThat(run("validate", file.toString()).code()).isZero();
        assertThat(run("assess", file.toString()).code()).isZero();
    }

    @Test
    void controlCharactersInAnswers_neverReachTheTerminalRaw(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nasty.json");
        Files.writeString(file, doc("P", "\"a\\u0000b\": 1, \"centre\": {\"relationshipMode\": \"X\\n\\u001b[2J\"}"));
        ProgrammeHealthCliTest.Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\u0000").doesNotContain("\u001b").contains("a\\u0000b");
        assertThat(r.err().lines()).allSatisfy(l -> assertThat(l).startsWith(file.toString()));
    }
}
