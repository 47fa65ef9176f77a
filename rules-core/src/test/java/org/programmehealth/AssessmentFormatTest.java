package org.programmehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmehealth.model.Assessment;
import org.programmehealth.model.SeniorSponsor;

class AssessmentFormatTest {

    private static final AssessmentFormat FORMAT = AssessmentFormat.defaults();
    private static final String PROGRAMME = "\"programme\": {\"id\": \"p1\", \"name\": \"P\", \"assessedOn\": \"2009-06-30\"}";

    private static String doc(String rest) {
        return "{\"schemaVersion\": \"1\", " + PROGRAMME + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    private static List<Problem> problems(String json) {
        return FORMAT.validate(json, "test.json");
    }

    @Test
    void aMinimalAssessment_isValid_andUnansweredSectionsAreNull() {
        Assessment a = FORMAT.parse(doc(""), "min.json");
        assertThat(a.programme().id()).isEqualTo("p1");
        assertThat(a.centre()).isNull();
        assertThat(a.history()).isEmpty();
        assertThat(a.extensions()).isEmpty();
    }

    @Test
    void answersAreReadIntoTheRecords() {
        Assessment a = FORMAT.parse(doc("\"sponsorship\": {\"seniorSponsor\": \"DIRECTOR\", \"sponsorChangesLast12Months\": 2}, "
                + "\"reporting\": {\"staffTimeOnReportingPercent\": 12.5}, \"extensions\": {\"b\": true, \"a\": 1}"), "x");
        assertThat(a.sponsorship().seniorSponsor()).isEqualTo(SeniorSponsor.DIRECTOR);
        assertThat(a.sponsorship().sponsorChangesLast12Months()).isEqualTo(2);
        assertThat(a.reporting().staffTimeOnReportingPercent()).isEqualTo(12.5);
        assertThat(a.extensions().keySet()).containsExactly("a", "b");
    }

    @Test
    void malformedJson_namesLineAndColumn() {
        List<Problem> p = problems("{\n  \"schemaVersion\": \"1\",\n  \"programme\": {\"id\": \"p1\",, }\n}");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(3);
        assertThat(p.get(0).column()).isPositive();
        assertThat(p.get(0).path()).startsWith("$.programme");
        assertThat(p.get(0).message()).startsWith("not valid JSON");
    }

    @Test
    void anEmptyDocument_isRefusedWithAPlainMessage() {
        assertThat(problems("  \n")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("empty");
        });
    }

    @Test
    void anArrayInsteadOfAnObject_isRefused() {
        assertThat(problems("[1, 2]")).singleElement().satisfies(p -> assertThat(p.message()).contains("found an array"));
    }

    @Test
    void everyProblem_isReportedAtOnce_withItsPathAndLine() {
        String json = "{\n\"schemaVersion\": \"1\",\n"
                + "\"programme\": {\"name\": \"P\", \"assessedOn\": \"2009-02-30\", \"stage\": \"LAUNCH\"},\n"
                + "\"timescales\": {\"partnershipAgeMonths\": -3, \"reviewOrClosureDiscussed\": \"yes\"},\n"
                + "\"locality\": {\"dataQuality\": 6},\n"
                + "\"surprise\": 1\n}";
        List<Problem> p = problems(json);
        assertThat(p).extracting(Problem::path).contains("$.programme.id", "$.programme.stage",
                "$.timescales.partnershipAgeMonths", "$.timescales.reviewOrClosureDiscussed", "$.locality.dataQuality", "$.surprise");
        assertThat(p).filteredOn(x -> x.path().equals("$.timescales.partnershipAgeMonths")).singleElement()
                .satisfies(x -> {
                    assertThat(x.line()).isEqualTo(4);
                    assertThat(x.message()).contains("-3");
                });
        assertThat(p).filteredOn(x -> x.path().equals("$.surprise")).singleElement()
                .satisfies(x -> {
                    assertThat(x.message()).contains("unknown field 'surprise'");
                    assertThat(x.line()).isEqualTo(6);
                });
    }

    @Test
    void anImpossibleDate_isReportedOnceTheSchemaIsSatisfied() {
        assertThat(problems("{\"schemaVersion\": \"1\", \"programme\": {\"id\": \"p\", \"name\": \"P\", \"assessedOn\": \"2009-02-30\"}}"))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.programme.assessedOn");
                    assertThat(p.message()).contains("not a real date");
                });
    }

    @Test
    void historyOutOfOrder_orNotBeforeTheAssessment_isReportedPerSnapshot() {
        List<Problem> p = problems(doc("\"history\": [{\"assessedOn\": \"2008-06-01\"}, {\"assessedOn\": \"2008-01-01\"},"
                + " {\"assessedOn\": \"2009-07-01\"}]"));
        assertThat(p).extracting(Problem::path).containsExactly("$.history[1].assessedOn", "$.history[2].assessedOn");
        assertThat(p.get(0).message()).contains("oldest first");
        assertThat(p.get(1).message()).contains("before the assessment itself");
    }

    @Test
    void moreDepartmentsSeeingBenefitThanInvolved_isRefused() {
        assertThat(problems(doc("\"centre\": {\"departmentsInvolved\": 2, \"departmentsSeeingBenefit\": 3}")))
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.centre.departmentsSeeingBenefit"));
    }

    @Test
    void startedAfterTheAssessmentDate_isRefused() {
        assertThat(problems("{\"schemaVersion\": \"1\", \"programme\": {\"id\": \"p\", \"name\": \"P\", \"assessedOn\": \"2009-01-01\","
                + " \"startedOn\": \"2009-05-01\"}}")).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.programme.startedOn"));
    }

    @Test
    void absurdNesting_isRefusedByTheDepthLimit_notByAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(problems(doc("\"extensions\": {\"x\": " + deep + "}"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("refused").contains("depth"));
    }

    @Test
    void aStringLongerThanTheLimit_isRefused() {
        AssessmentFormat small = AssessmentFormat.withLimits(new InputLimits(1_000_000, 32, 50, 100));
        assertThat(small.validate(doc("\"extensions\": {\"note\": \"" + "x".repeat(60) + "\"}"), "s"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("refused"));
    }

    @Test
    void aHistoryLongerThanTheLimit_isRefused() {
        AssessmentFormat small = AssessmentFormat.withLimits(new InputLimits(1_000_000, 32, 1000, 1));
        assertThat(small.validate(doc("\"history\": [{\"assessedOn\": \"2008-01-01\"}, {\"assessedOn\": \"2008-02-01\"}]"), "h"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("limit of 1"));
    }

    @Test
    void polymorphicTypingIsNotHonoured_aClassNameIsJustAnUnknownField() {
        assertThat(problems(doc("\"@class\": \"java.lang.ProcessBuilder\""))).singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$['@class']");
                    assertThat(p.message()).contains("unknown field '@class'");
                });
    }

    @Test
    void theExceptionMessage_namesTheSourceAndEveryProblem() {
        assertThatThrownBy(() -> FORMAT.parse("{\"schemaVersion\": \"2\"}", "my-file.json"))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("my-file.json: $.schemaVersion")
                .hasMessageContaining("my-file.json: $.programme");
    }

    @Test
    void aMissingFile_andANonUtf8File_areBadInput(@TempDir Path dir) throws Exception {
        assertThat(FORMAT.validate(dir.resolve("nope.json"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
        Path latin = dir.resolve("latin.json");
        Files.write(latin, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertThat(FORMAT.validate(latin)).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }
}
