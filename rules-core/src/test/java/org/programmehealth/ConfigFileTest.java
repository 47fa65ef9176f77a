package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;
import org.programmehealth.report.WaiverStatus;

/** The configuration file: everything the builder can set, in one JSON document, read strictly. */
class ConfigFileTest {

    private static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");

    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("team.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aConfigFile_setsThresholdsSelectionSeveritiesAndWaivers_andTheReportShowsThem() throws Exception {
        Path file = write("""
                {
                  "thresholds": { "reportingOverload.maxRequestsPerMonth": 12 },
                  "disabledRules": [ "issue-creep/targets-added-by-centre" ],
                  "disabledSigns": [ "INCREMENTALISM" ],
                  "severityOverrides": { "reporting-overload/many-requesting-bodies": "LOW" },
                  "waivers": [
                    { "sign": "ISSUE_CREEP", "reason": "Scope review due", "owner": "PMO", "expires": "2009-12-31" },
                    { "rule": "reporting-overload/request-volume", "reason": "no longer fires", "owner": "PMO", "expires": "2009-12-31" }
                  ]
                }
                """);
        ProgrammeHealth health = Fixture.builder().config(file).build();
        Report report = health.assess(Fixture.engine().read(SAMPLE));

        assertThat(report.diagnostics()).extracting(Diagnostic::ruleId).doesNotContain("reporting-overload/request-volume")
                .doesNotContain("issue-creep/targets-added-by-centre");
        assertThat(report.diagnostics()).noneMatch(d -> d.sign().equals("INCREMENTALISM"));
        assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("reporting-overload/many-requesting-bodies"))
                .singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.LOW));
        assertThat(report.diagnostics()).filteredOn(d -> d.sign().equals("ISSUE_CREEP")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.waiver().owner()).isEqualTo("PMO"));
        assertThat(report.waivers()).extracting(WaiverStatus::status)
                .containsExactly(WaiverStatus.Status.APPLIED, WaiverStatus.Status.UNUSED);
        assertThat(report.tailoring().thresholds()).containsKey("reportingOverload.maxRequestsPerMonth");
        assertThat(report.tailoring().disabledSigns()).containsExactly("INCREMENTALISM");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown key          | {\"thresholds\": {}, \"disabledRule\": []}                       | $.disabledRule: unknown key 'disabledRule'; the keys here are: customRules, disabledRules",
        "a number as text        | {\"thresholds\": {\"issueCreep.maxTargetsAdded\": \"6\"}}       | $.thresholds['issueCreep.maxTargetsAdded']: expected a number",
        "a list as a string      | {\"disabledRules\": \"issue-creep/targets-added-by-centre\"}     | $.disabledRules: expected a list",
        "a number for a rule id  | {\"disabledRules\": [5]}                                         | $.disabledRules[0]: 5 is not text",
        "an unknown severity     | {\"severityOverrides\": {\"x/y\": \"SEVERE\"}}                    | $.severityOverrides['x/y']: 'SEVERE' is not one of LOW, MEDIUM, HIGH, CRITICAL",
        "a bad date              | {\"waivers\": [{\"rule\": \"a/b\", \"reason\": \"r\", \"owner\": \"o\", \"expires\": \"31/12/2009\"}]} | $.waivers[0].expires",
        "a waiver with no owner  | {\"waivers\": [{\"rule\": \"a/b\", \"reason\": \"r\", \"expires\": \"2009-12-31\"}]} | $.waivers[0].owner: a waiver needs a owner",
        "an unknown waiver key   | {\"waivers\": [{\"rules\": \"a/b\"}]}                           | $.waivers[0].rules: unknown key 'rules'",
        "a null                  | {\"disabledSigns\": null}                                       | $.disabledSigns: must not be null",
        "not JSON                | {\"thresholds\": {                                              | not valid JSON",
    })
    void aBadConfigFile_isAClearError_namingTheFileAndTheJsonPath(String name, String json, String expected) throws Exception {
        Path file = write(json);
        assertThatThrownBy(() -> ProgrammeHealth.builder().config(file))
                .isInstanceOf(ProgrammeHealthException.class)
                .hasMessageStartingWith("Configuration: " + file + ": ")
                .hasMessageContaining(expected);
    }

    @Test
    void anUnknownThresholdOrRuleInTheFile_isRefusedWhenBuilt_namingTheFileAndPath() throws Exception {
        Path file = write("{\"thresholds\": {\"issueCreep.maxTargets\": 6}, \"disabledRules\": [\"issue-creep/no-such-rule\"]}");
        ProgrammeHealth.Builder builder = Fixture.builder().config(file);
        assertThatThrownBy(builder::build).isInstanceOf(ProgrammeHealthException.class)
                .hasMessageContaining("unknown rule 'issue-creep/no-such-rule' (" + file + ": $.disabledRules)");
        Path thresholds = write("{\"thresholds\": {\"issueCreep.maxTargets\": 6}}");
        assertThatThrownBy(() -> Fixture.builder().config(thresholds).build()).isInstanceOf(ProgrammeHealthException.class)
                .hasMessageContaining("unknown threshold 'issueCreep.maxTargets' (" + thresholds + ": $.thresholds['issueCreep.maxTargets'])");
    }

    @Test
    void aMissingConfigFile_isAClearError() {
        Path missing = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> ProgrammeHealth.builder().config(missing))
                .isInstanceOf(ProgrammeHealthException.class).hasMessageContaining(missing + ": no such configuration file");
    }
}
