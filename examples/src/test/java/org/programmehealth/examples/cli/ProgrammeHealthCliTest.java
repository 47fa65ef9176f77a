package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammeHealthCliTest {

    static final Path SAMPLE = Path.of("assessments/sample-programme.json");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProgrammeHealthCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs the tool with {@code stdin} as its standard input, as if piped. */
    static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProgrammeHealthCli.run(new java.io.BufferedReader(new java.io.StringReader(stdin)), new PrintWriter(out),
                new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static final String PROGRAMME = "\"programme\": {\"id\": \"p\", \"name\": \"P\", \"assessedOn\": \"2009-06-30\"}";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("malformed", "{\n  \"schemaVersion\": \"1\",\n  \"programme\": {\"id\": \"p\" \"name\": \"P\"}\n}", "(line 3, column"),
                Arguments.of("empty", "", "$: the document is empty"),
                Arguments.of("array", "[{\"schemaVersion\": \"1\"}]", "found an array"),
                Arguments.of("wrong type", "{\"schemaVersion\": \"1\", " + PROGRAMME + ", \"scope\": {\"prioritiesNow\": \"many\"}}", "$.scope.prioritiesNow"),
                Arguments.of("out of range", "{\"schemaVersion\": \"1\", " + PROGRAMME + ", \"partnership\": {\"coDesign\": 9}}", "$.partnership.coDesign"),
                Arguments.of("unknown enum", "{\"schemaVersion\": \"1\", " + PROGRAMME + ", \"sponsorship\": {\"seniorSponsor\": \"KING\"}}", "$.sponsorship.seniorSponsor"),
                Arguments.of("bad date", "{\"schemaVersion\": \"1\", \"programme\": {\"id\": \"p\", \"name\": \"P\", \"assessedOn\": \"30/06/2009\"}}", "$.programme.assessedOn"),
                Arguments.of("missing id", "{\"schemaVersion\": \"1\", \"programme\": {\"name\": \"P\", \"assessedOn\": \"2009-06-30\"}}", "$.programme.id"),
                Arguments.of("history out of order", "{\"schemaVersion\": \"1\", " + PROGRAMME
                        + ", \"history\": [{\"assessedOn\": \"2009-01-01\"}, {\"assessedOn\": \"2008-01-01\"}]}", "$.history[1].assessedOn"),
                Arguments.of("absurd nesting", "{\"schemaVersion\": \"1\", " + PROGRAMME + ", \"extensions\": {\"x\": "
                        + "[".repeat(3000) + "]".repeat(3000) + "}}", "depth"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadInput_exitsWith2_namingTheFileAndThePath_fromAssessAndValidate(String name, String json, String expected,
                                                                           @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name.replace(' ', '-') + ".json");
        Files.writeString(file, json);
        for (String command : new String[] {"assess", "validate"}) {
            Run r = run(command, file.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains(file.toString()).contains(expected)
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void assess_printsATextReport_andExits0() {
        Run r = run("assess", SAMPLE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Riverside Total Place pilot").contains("Warning signs").contains("Evidence:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void assessAsJson_twice_givesIdenticalBytes() {
        Run first = run("assess", SAMPLE.toString(), "--format", "json");
        Run second = run("assess", SAMPLE.toString(), "--format", "json");
        assertThat(first.code()).isZero();
        assertThat(first.out()).startsWith("{").contains("\"reportVersion\" : \"1\"").isEqualTo(second.out());
    }

    @Test
    void failOn_exits1_whenADiagnosticIsAtOrAboveTheSeverity_and0_otherwise() {
        assertThat(run("assess", SAMPLE.toString(), "--fail-on", "HIGH").code()).isEqualTo(1);
        assertThat(run("assess", SAMPLE.toString(), "--fail-on", "CRITICAL").code()).isZero();
        assertThat(run("assess", SAMPLE.toString(), "--fail-on", "SEVERE").code()).isEqualTo(2);
    }

    @Test
    void output_writesTheReportToTheFile_andNothingToTheTerminal(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("reports/report.json");
        Run r = run("assess", SAMPLE.toString(), "--format", "json", "--output", target.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(target)).startsWith("{").endsWith("}\n");
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void validate_reportsEachFile_andExits2_ifAnyIsInvalid(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{}");
        Run r = run("validate", SAMPLE.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains(SAMPLE + ": valid").contains("1 valid, 1 invalid");
        assertThat(r.err()).contains(bad + ": $.schemaVersion").contains(bad + ": $.programme");
    }

    @Test
    void noCommand_orAnUnknownOption_isAUsageError() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("assess", SAMPLE.toString(), "--colour").code()).isEqualTo(2);
    }

    @Test
    void assessWithAConfig_marksWaivedDiagnostics_showsTheTailoring_andRunsTheCustomRules(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("risky.json");
        String sample = Files.readString(SAMPLE);
        Files.writeString(input, sample.substring(0, sample.lastIndexOf('}')) + ", \"extensions\": {\"portfolioRiskScore\": 9}}\n");
        Run r = run("assess", input.toString(), "--format", "json", "--config", "config/team-config.json");
        assertThat(r.code()).as(r.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.path("tailoring").path("disabledSigns").get(0).asText()).isEqualTo("INCREMENTALISM");
        assertThat(json.path("tailoring").path("customRules").path("ids").get(0).asText())
                .isEqualTo("portfolio-risk/red-rated-by-portfolio-office");
        boolean waived = false;
        boolean custom = false;
        for (com.fasterxml.jackson.databind.JsonNode d : json.path("diagnostics")) {
            waived |= d.path("ruleId").asText().equals("unrealistic-timescales/complex-problem-in-months")
                    && d.path("waiver").path("owner").asText().equals("Programme board, Riverside");
            custom |= d.path("ruleId").asText().equals("portfolio-risk/red-rated-by-portfolio-office");
        }
        assertThat(waived).as("the waived diagnostic is in the report, marked").isTrue();
        assertThat(custom).as("the custom rule fired").isTrue();
        assertThat(json.path("waivers").get(1).path("status").asText()).isEqualTo("EXPIRED");

        Run text = run("assess", input.toString(), "--config", "config/team-config.json");
        assertThat(text.out()).contains("Tailored catalogue").contains("WAIVED").contains("EXPIRED: sign 'ISSUE_CREEP'");
    }

    @Test
    void theEngineBegunBeforeTheCommandLineIsRead_givesTheSameReports_andIsNotUsedWithAConfig() {
        String asBuiltInCall = run("assess", SAMPLE.toString(), "--format", "json").out();
        String tailored = run("assess", SAMPLE.toString(), "--format", "json", "--config", "config/team-config.json").out();
        assertThat(tailored).contains("\"disabledSigns\"").isNotEqualTo(asBuiltInCall);

        EngineOptions.startEarly();
        assertThat(run("assess", SAMPLE.toString(), "--format", "json").out()).isEqualTo(asBuiltInCall);
        // a wrong guess (main saw no --config, say): the early engine is left unused, not the tailoring
        EngineOptions.startEarly();
        assertThat(run("assess", SAMPLE.toString(), "--format", "json", "--config", "config/team-config.json").out())
                .isEqualTo(tailored);

        String batchAsBuilt = run("batch", "assessments").out();
        assertThat(batchAsBuilt).contains("\"summary\"");
        EngineOptions.startEarly();
        assertThat(run("batch", "assessments").out()).isEqualTo(batchAsBuilt);

        assertThat(EngineOptions.engineNeededAsIs("assess", "a.json", "--format", "json")).isTrue();
        assertThat(EngineOptions.engineNeededAsIs("assess", "a.json", "--config=c.json")).isFalse();
        assertThat(EngineOptions.engineNeededAsIs("assess", "--help")).isFalse();
        assertThat(EngineOptions.engineNeededAsIs("batch", "a.jsonl")).isTrue();
        assertThat(EngineOptions.engineNeededAsIs("validate", "a.json")).isFalse();
    }

    @Test
    void failOn_ignoresWaivedDiagnostics(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("waive-all.json");
        StringBuilder waivers = new StringBuilder();
        java.util.Set<String> signs = new java.util.TreeSet<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run("assess", SAMPLE.toString(), "--format", "json").out())
                .path("diagnostics").forEach(d -> signs.add(d.path("sign").asText()));
        assertThat(signs).isNotEmpty();
        for (String sign : signs) {
            waivers.append(waivers.length() == 0 ? "" : ",").append("{\"sign\": \"").append(sign)
                    .append("\", \"reason\": \"accepted\", \"owner\": \"board\", \"expires\": \"2010-12-31\"}");
        }
        Files.writeString(config, "{\"waivers\": [" + waivers + "]}");
        assertThat(run("assess", SAMPLE.toString(), "--fail-on", "HIGH").code()).isEqualTo(1);
        Run r = run("assess", SAMPLE.toString(), "--fail-on", "HIGH", "--config", config.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aBadConfig_exitsWith2_namingTheFileAndTheJsonPath_withoutAStackTrace(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{\n  \"thresholds\": {\"issueCreep.maxTargetsAdded\": \"six\"}\n}");
        Run r = run("assess", SAMPLE.toString(), "--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(config.toString()).contains("$.thresholds['issueCreep.maxTargetsAdded']")
                .contains("line 2").doesNotContain("Exception").doesNotContain("\tat ");

        Files.writeString(config, "{\"disabledSigns\": [\"NO_SUCH_SIGN\"]}");
        Run unknown = run("assess", SAMPLE.toString(), "--config", config.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown sign 'NO_SUCH_SIGN'").contains(config.toString());
    }

    @Test
    void aCustomRuleWithoutItsMetadata_exitsWith2_namingTheRuleAndWhatIsMissing(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bare.drl"), """
                package com.example.bare;
                import org.programmehealth.model.*;
                global org.programmehealth.rules.Matches out;
                rule "bare/too-many-priorities"
                    @id("bare/too-many-priorities") @sign("BARE") @theme("PROCESS") @severity("LOW")
                when
                    Scope( prioritiesNow != null, prioritiesNow > 10 )
                then
                    out.record(kcontext);
                end
                """);
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"customRules\": [\"rules\"]}");
        Run r = run("assess", SAMPLE.toString(), "--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("rule 'bare/too-many-priorities'").contains("missing @title")
                .contains(rules.resolve("bare.drl").toString()).doesNotContain("\tat ");
    }
}
