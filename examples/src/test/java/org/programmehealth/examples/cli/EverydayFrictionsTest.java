package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.SAMPLE;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user met in their first hour (issue 13, item 8), each held to its fix. */
class EverydayFrictionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path STORIES = Path.of("assessments/stories");

    @Test
    void failOn_saysOnStandardErrorWhichDiagnosticsTrippedIt() throws Exception {
        JsonNode report = MAPPER.readTree(run("assess", SAMPLE.toString(), "--format", "json").out());
        List<JsonNode> high = new ArrayList<>();
        report.path("diagnostics").forEach(d -> {
            if (List.of("HIGH", "CRITICAL").contains(d.path("severity").asText())) {
                high.add(d);
            }
        });
        assertThat(high).isNotEmpty();

        ProgrammeHealthCliTest.Run r = run("assess", SAMPLE.toString(), "--fail-on", "HIGH", "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Exit 1 (--fail-on HIGH): " + high.size() + " diagnostic")
                .contains("in the report of Riverside Total Place pilot");
        for (JsonNode d : high) {
            assertThat(r.err()).contains("[" + d.path("severity").asText() + "] " + d.path("title").asText()
                    + " (rule " + d.path("ruleId").asText() + ")");
        }
        assertThat(run("assess", SAMPLE.toString(), "--fail-on", "CRITICAL").err()).doesNotContain("Exit 1");
    }

    @Test
    void batchFailOn_namesTheProgrammesThatTrippedIt_andBadInputStillWins() throws Exception {
        ProgrammeHealthCliTest.Run r = run("batch", STORIES.toString(), "--fail-on", "CRITICAL");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern("Exit 1 \\(--fail-on CRITICAL\\): \\d+ of \\d+ inputs have a diagnostic at CRITICAL");
        assertThat(r.err()).contains(".json (").contains(" [CRITICAL]");
    }

    @Test
    void batchOfTheStoriesFolder_assessesEveryStory_withoutTripping() throws Exception {
        long stories;
        try (Stream<Path> files = Files.list(STORIES)) {
            // a story file is one programme; a story folder holds one programme's responses from several perspectives
            stories = files.filter(f -> f.toString().endsWith(".json") || Files.isDirectory(f)).count();
        }
        ProgrammeHealthCliTest.Run r = run("batch", STORIES.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize((int) stories + 1);
        assertThat(r.out()).doesNotContain("\"error\"");
    }

    @Test
    void dashV_printsTheToolsAndTheCataloguesVersions() throws Exception {
        Properties catalogue = new Properties();
        try (var in = getClass().getResourceAsStream("/org/programmehealth/catalogue/catalogue.properties")) {
            catalogue.load(in);
        }
        for (String flag : List.of("-V", "--version")) {
            ProgrammeHealthCliTest.Run r = run(flag);
            assertThat(r.code()).isZero();
            assertThat(r.out()).containsPattern("programme-health \\d+\\.\\d+\\.\\d+")
                    .contains("rule catalogue " + catalogue.getProperty("version")).contains("Java ")
                    .doesNotContain("development build");
        }
    }

    @Test
    void noCommand_namesEveryCommand_includingTheCatalogue() {
        ProgrammeHealthCliTest.Run r = run();
        assertThat(r.code()).isEqualTo(2);
        var commands = ProgrammeHealthCli.commandLine().getSubcommands().keySet();
        assertThat(commands).contains("catalogue");
        for (String c : commands) {
            if (!c.equals("help")) {
                assertThat(r.err().lines().findFirst().orElse("")).contains(c);
            }
        }
    }

    @Test
    void aTailoredReport_countsTheSameRulesInItsHeaderAndFooter_andSaysWhatItCounts() throws Exception {
        ProgrammeHealthCliTest.Run json = run("assess", SAMPLE.toString(), "--format", "json", "--config", "config/team-config.json");
        int inForce = MAPPER.readTree(json.out()).path("tailoring").path("rulesInForce").asInt();
        int catalogue = MAPPER.readTree(json.out()).path("catalogue").path("rules").asInt();
        assertThat(inForce).isPositive().isNotEqualTo(catalogue);

        for (String format : List.of("text", "markdown", "html")) {
            String out = run("assess", SAMPLE.toString(), "--format", format, "--config", "config/team-config.json").out();
            Matcher counted = Pattern.compile("of the (\\d+) rules").matcher(out);
            int seen = 0;
            while (counted.find()) {
                assertThat(Integer.parseInt(counted.group(1))).as(format + ": " + counted.group()).isEqualTo(inForce);
                seen++;
            }
            assertThat(seen).as(format).isGreaterThanOrEqualTo(1);
            assertThat(out).as(format).contains("of the " + inForce + " rules in force");
        }
        String text = run("assess", SAMPLE.toString(), "--config", "config/team-config.json").out();
        assertThat(text).contains("Tailored catalogue: " + inForce + " rules in force (the catalogue's " + catalogue + ", less ")
                .contains("plus 1 custom rule)");
    }

    @Test
    void theWaiverLine_namesItsRuleOnce() {
        String text = run("assess", SAMPLE.toString(), "--config", "config/team-config.json").out();
        String applied = text.lines().filter(l -> l.strip().startsWith("APPLIED:")).findFirst().orElseThrow();
        String rule = "unrealistic-timescales/complex-problem-in-months";
        assertThat(applied.split(Pattern.quote(rule), -1)).as(applied).hasSize(2);
        assertThat(applied).endsWith("expires 2010-03-31");
    }

    @Test
    void aSignsWaiverLine_namesTheRulesItWaived(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"waivers\": [{\"sign\": \"ISSUE_CREEP\", \"reason\": \"scope review\", \"owner\": \"PMO\","
                + " \"expires\": \"2010-12-31\"}]}");
        JsonNode json = MAPPER.readTree(run("assess", SAMPLE.toString(), "--format", "json", "--config", config.toString()).out());
        List<String> waived = new ArrayList<>();
        json.path("waivers").get(0).path("waived").forEach(r -> waived.add(r.asText()));
        assertThat(waived).isNotEmpty();
        String text = run("assess", SAMPLE.toString(), "--config", config.toString()).out();
        assertThat(text).contains("APPLIED: sign 'ISSUE_CREEP', owner PMO, expires 2010-12-31: waived " + String.join(", ", waived));
    }

    @Test
    void anUnknownThresholdName_suggestsTheNearest_insteadOfListingThemAll(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"thresholds\": {\"reportingOverload.maxRequestPerMonth\": 6}}");
        ProgrammeHealthCliTest.Run r = run("assess", SAMPLE.toString(), "--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown threshold 'reportingOverload.maxRequestPerMonth'")
                .contains("did you mean 'reportingOverload.maxRequestsPerMonth'?")
                .doesNotContain("issueCreep.").doesNotContain("\tat ");
    }

    @Test
    void formatAndSeverityNames_areAcceptedInAnyCase() {
        ProgrammeHealthCliTest.Run json = run("assess", SAMPLE.toString(), "--format", "JSON");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{");
        assertThat(run("assess", SAMPLE.toString(), "--format", "Html").out()).startsWith("<!DOCTYPE html>");
        assertThat(run("assess", SAMPLE.toString(), "--fail-on", "high").code()).isEqualTo(1);
        assertThat(run("catalogue", "--format", "JSON").code()).isZero();
    }

    @Test
    void aFolderThatCannotBeWritten_isNamed_notTheTemporaryFile(@TempDir Path dir) {
        Path target = dir.resolve("report.json");
        String reason = Output.reason(new AccessDeniedException(dir.resolve(".report.json4711.tmp").toString()), dir);
        assertThat(reason).contains("the folder " + dir + " must be writable").doesNotContain(".tmp");
        assertThat(Output.reason(new java.nio.file.NoSuchFileException(dir.resolve(".x.tmp").toString()), dir))
                .isEqualTo("no such file");
        assertThat(target).doesNotExist();
    }

    @Test
    void aReadOnlyFolder_givesExit2_namingTheTarget(@TempDir Path dir) throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root: every folder is writable, so only the message is checked");
            Path target = readOnly.resolve("report.json");
            ProgrammeHealthCliTest.Run r = run("assess", SAMPLE.toString(), "--output", target.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains(target + ": cannot write: permission denied").doesNotContain(".tmp");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
