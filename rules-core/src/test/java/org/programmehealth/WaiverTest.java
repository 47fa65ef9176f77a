package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Theme;
import org.programmehealth.report.Waiver;
import org.programmehealth.report.WaiverStatus;

/** Waivers through the builder: an acknowledged diagnostic stays in the report, marked, and costs nothing until it expires. */
class WaiverTest {

    private static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");
    private static final String REQUEST_VOLUME = "reporting-overload/request-volume";

    private final ProgrammeHealth shipped = Fixture.engine();
    private final Assessment sample = shipped.read(SAMPLE);
    private final LocalDate assessedOn = sample.programme().assessedOn();

    private static Diagnostic find(Report r, String ruleId) {
        return r.diagnostics().stream().filter(d -> d.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aWaivedDiagnostic_staysInTheReportMarkedWithItsReason_andCostsNoPoints() {
        Waiver waiver = Waiver.forRule(REQUEST_VOLUME, "Spending review season", "PMO", assessedOn.plusDays(30));
        Report waived = Fixture.builder().waive(waiver).build().assess(sample);

        Diagnostic d = find(waived, REQUEST_VOLUME);
        assertThat(d.waiver()).isEqualTo(waiver);
        assertThat(d.penalty()).isZero();
        assertThat(waived.waivers()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(WaiverStatus.Status.APPLIED);
            assertThat(s.waived()).containsExactly(REQUEST_VOLUME);
        });
        Report plain = shipped.assess(sample);
        int lostBefore = plain.diagnostics().stream().filter(x -> x.theme() == Theme.PROCESS).mapToInt(Diagnostic::penalty).sum();
        int lostAfter = waived.diagnostics().stream().filter(x -> x.theme() == Theme.PROCESS).mapToInt(Diagnostic::penalty).sum();
        assertThat(waived.score().themes().get(Theme.PROCESS)).isEqualTo(Math.max(0, 100 - lostAfter));
        assertThat(lostAfter).isLessThanOrEqualTo(lostBefore);
    }

    @Test
    void waivingASign_waivesEveryDiagnosticOfIt_andItsThemeScoresAsIfNoneWereFound() {
        Report plain = shipped.assess(sample);
        String sign = plain.diagnostics().get(0).sign();
        Report waived = Fixture.builder().waive(Waiver.forSign(sign, "known", "PMO", assessedOn)).build().assess(sample);
        assertThat(waived.diagnostics()).filteredOn(d -> d.sign().equals(sign)).isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.isWaived()).isTrue();
                    assertThat(d.penalty()).isZero();
                });
        assertThat(waived.diagnostics()).filteredOn(d -> !d.sign().equals(sign))
                .allSatisfy(d -> assertThat(d.isWaived()).isFalse());
    }

    @Test
    void whenTheMostSevereDiagnosticOfASignIsWaived_theNextOneOfThatSignPays() {
        Report plain = shipped.assess(sample);
        Diagnostic paying = plain.diagnostics().stream()
                .filter(d -> d.penalty() > 0 && plain.diagnostics().stream().filter(o -> o.sign().equals(d.sign())).count() > 1)
                .findFirst().orElseThrow(() -> new AssertionError("the sample should show a sign with two diagnostics"));
        Report waived = Fixture.builder().waive(Waiver.forRule(paying.ruleId(), "r", "o", assessedOn)).build().assess(sample);
        assertThat(waived.diagnostics()).filteredOn(d -> d.sign().equals(paying.sign()) && !d.isWaived())
                .filteredOn(d -> d.penalty() > 0).hasSize(1);
    }

    @Test
    void anExpiredWaiver_stopsApplying_andIsFlagged() {
        Waiver expired = Waiver.forRule(REQUEST_VOLUME, "old excuse", "PMO", assessedOn.minusDays(1));
        Report report = Fixture.builder().waive(expired).build().assess(sample);
        assertThat(find(report, REQUEST_VOLUME).isWaived()).isFalse();
        assertThat(find(report, REQUEST_VOLUME).penalty()).isEqualTo(find(shipped.assess(sample), REQUEST_VOLUME).penalty());
        assertThat(report.waivers()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(WaiverStatus.Status.EXPIRED));
    }

    @Test
    void aWaiverExpiringOnTheDayOfTheAssessment_stillApplies() {
        Report report = Fixture.builder().waive(Waiver.forRule(REQUEST_VOLUME, "r", "o", assessedOn)).build().assess(sample);
        assertThat(find(report, REQUEST_VOLUME).isWaived()).isTrue();
    }

    @Test
    void aWaiverThatMatchesNothing_isReportedAsUnused() throws Exception {
        Assessment quiet = shipped.parse("{\"schemaVersion\":\"1\",\"programme\":{\"id\":\"p\",\"name\":\"P\",\"assessedOn\":\"2009-01-01\"},"
                + "\"reporting\":{\"informationRequestsPerMonth\":3}}", "quiet");
        ProgrammeHealth health = Fixture.builder()
                .waive(Waiver.forRule(REQUEST_VOLUME, "r", "o", LocalDate.parse("2010-01-01"))).build();
        Report report = health.assess(quiet);
        assertThat(report.waivers()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(WaiverStatus.Status.UNUSED);
            assertThat(s.waived()).isEmpty();
        });
        JsonNode json = new ObjectMapper().readTree(health.toJson(report));
        assertThat(json.path("waivers").get(0).path("status").asText()).isEqualTo("UNUSED");
        assertThat(json.path("waivers").get(0).path("waiver").path("rule").asText()).isEqualTo(REQUEST_VOLUME);
        assertThat(json.path("waivers").get(0).path("waiver").has("sign")).isFalse();
    }

    @Test
    void theJsonDiagnostic_carriesItsWaiver() throws Exception {
        ProgrammeHealth health = Fixture.builder()
                .waive(Waiver.forRule(REQUEST_VOLUME, "Spending review season", "PMO", LocalDate.parse("2009-12-31"))).build();
        JsonNode json = new ObjectMapper().readTree(health.toJson(health.assess(sample)));
        JsonNode d = null;
        for (JsonNode x : json.path("diagnostics")) {
            if (x.path("ruleId").asText().equals(REQUEST_VOLUME)) {
                d = x;
            }
        }
        assertThat(d).isNotNull();
        assertThat(d.path("waiver").path("reason").asText()).isEqualTo("Spending review season");
        assertThat(d.path("waiver").path("owner").asText()).isEqualTo("PMO");
        assertThat(d.path("waiver").path("expires").asText()).isEqualTo("2009-12-31");
        assertThat(d.path("penalty").asInt()).isZero();
    }

    @Test
    void aWaiverOfAnUnknownRule_isAClearError_andAWaiverNeedsExactlyOneTarget() {
        assertThatThrownBy(() -> Fixture.builder().waive(Waiver.forRule("no/such-rule", "r", "o", assessedOn)).build())
                .isInstanceOf(ProgrammeHealthException.class).hasMessageContaining("rule 'no/such-rule'");
        assertThatThrownBy(() -> new Waiver(REQUEST_VOLUME, "REPORTING_OVERLOAD", "r", "o", assessedOn))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> Waiver.forRule(REQUEST_VOLUME, " ", "o", assessedOn))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }
}
