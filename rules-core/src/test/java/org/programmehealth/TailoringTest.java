package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;

/** Rule selection through the builder: switching rules and signs off, overriding severities, and saying so in the report. */
class TailoringTest {

    private static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");
    private static final String REQUEST_VOLUME = "reporting-overload/request-volume";

    private final ProgrammeHealth shipped = Fixture.engine();
    private final Assessment sample = shipped.read(SAMPLE);

    @Test
    void aDisabledRule_neitherFiresNorCountsInCoverage_andTheHeaderListsIt() {
        Report asShipped = shipped.assess(sample);
        assertThat(asShipped.diagnostics()).extracting(Diagnostic::ruleId).contains(REQUEST_VOLUME);

        ProgrammeHealth tailored = Fixture.builder().disableRule(REQUEST_VOLUME).build();
        Report report = tailored.assess(sample);

        assertThat(report.diagnostics()).extracting(Diagnostic::ruleId).doesNotContain(REQUEST_VOLUME);
        assertThat(report.notAssessed()).extracting(NotAssessed::ruleId).doesNotContain(REQUEST_VOLUME);
        int rules = shipped.rules().size();
        long assessable = Math.round(asShipped.coverage() * rules);
        assertThat(report.coverage()).isEqualTo(Math.round((assessable - 1) * 100.0 / (rules - 1)) / 100.0);
        assertThat(report.tailoring().disabledRules()).containsExactly(REQUEST_VOLUME);
        assertThat(report.tailoring().rulesInForce()).isEqualTo(rules - 1);
        assertThat(tailored.rules()).extracting(RuleInfo::id).doesNotContain(REQUEST_VOLUME);
        assertThat(report.catalogue()).isEqualTo(asShipped.catalogue());
    }

    @Test
    void aDisabledSign_switchesOffEveryRuleOfThatSign() {
        String sign = shipped.rules().get(0).sign();
        ProgrammeHealth tailored = Fixture.builder().disableSign(sign).build();
        Report report = tailored.assess(sample);
        assertThat(report.diagnostics()).noneMatch(d -> d.sign().equals(sign));
        assertThat(report.notAssessed()).noneMatch(n -> n.sign().equals(sign));
        assertThat(tailored.rules()).noneMatch(r -> r.sign().equals(sign)).isNotEmpty();
        assertThat(report.tailoring().disabledSigns()).containsExactly(sign);
    }

    @Test
    void aSeverityOverride_changesTheDiagnosticAndItsPenalty_andTheHeaderShowsBothSeverities() {
        ProgrammeHealth tailored = Fixture.builder().severity(REQUEST_VOLUME, Severity.CRITICAL).build();
        Report report = tailored.assess(sample);
        Diagnostic d = report.diagnostics().stream().filter(x -> x.ruleId().equals(REQUEST_VOLUME)).findFirst().orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(d.penalty()).isEqualTo(Severity.CRITICAL.penalty());
        assertThat(report.tailoring().severityOverrides().get(REQUEST_VOLUME).catalogue()).isEqualTo(Severity.HIGH);
        assertThat(report.tailoring().severityOverrides().get(REQUEST_VOLUME).inForce()).isEqualTo(Severity.CRITICAL);
        assertThat(tailored.rules()).filteredOn(r -> r.id().equals(REQUEST_VOLUME)).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void theJsonHeader_showsTailoring_andAReportOfTheCatalogueAsShipped_hasNone() throws Exception {
        ProgrammeHealth tailored = Fixture.builder().disableRule(REQUEST_VOLUME)
                .severity("reporting-overload/many-requesting-bodies", Severity.LOW)
                .threshold("issueCreep.maxTargetsAdded", 5).threshold("reportingOverload.maxRequestingBodies", 4).build();
        JsonNode json = new ObjectMapper().readTree(tailored.toJson(tailored.assess(sample)));
        JsonNode t = json.path("tailoring");
        assertThat(t.path("disabledRules").get(0).asText()).isEqualTo(REQUEST_VOLUME);
        assertThat(t.path("severityOverrides").path("reporting-overload/many-requesting-bodies").path("inForce").asText()).isEqualTo("LOW");
        assertThat(t.path("thresholds").path("issueCreep.maxTargetsAdded").path("catalogue").asDouble()).isEqualTo(3);
        assertThat(t.path("thresholds").path("issueCreep.maxTargetsAdded").path("inForce").asDouble()).isEqualTo(5);
        assertThat(t.path("thresholds").has("reportingOverload.maxRequestingBodies")).as("a threshold set to its default is no change").isFalse();
        assertThat(json.fieldNames()).toIterable().containsSubsequence("catalogue", "tailoring", "programme");

        JsonNode plain = new ObjectMapper().readTree(shipped.toJson(shipped.assess(sample)));
        assertThat(plain.has("tailoring")).isFalse();
        assertThat(plain.has("waivers")).isFalse();
        assertThat(plain.path("diagnostics").get(0).has("waiver")).isFalse();
    }

    @Test
    void anUnknownRuleOrSign_isAClearError_neverIgnored() {
        assertThatThrownBy(() -> Fixture.builder().disableRule("reporting-overload/no-such-rule").build())
                .isInstanceOf(ProgrammeHealthException.class).hasMessageContaining("unknown rule 'reporting-overload/no-such-rule'");
        assertThatThrownBy(() -> Fixture.builder().disableSign("NO_SUCH_SIGN").build())
                .isInstanceOf(ProgrammeHealthException.class).hasMessageContaining("unknown sign 'NO_SUCH_SIGN'")
                .hasMessageContaining("REPORTING_OVERLOAD");
        assertThatThrownBy(() -> Fixture.builder().severity("no/such-rule", Severity.LOW).build())
                .isInstanceOf(ProgrammeHealthException.class).hasMessageContaining("unknown rule 'no/such-rule'");
    }
}
