package org.programmehealth.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Strength;

/**
 * The report's own stories, written as self-assessments in {@code examples/assessments/stories/},
 * give exactly the signs and strengths that {@code src/test/resources/stories-expected.json} says the
 * report saw in them (kept out of the stories' folder, which {@code batch} can read); and
 * an assessment with only a few answers is reported as mostly not assessed, never as healthy.
 */
class StoriesTest {

    /** The examples, relative to this module (Surefire runs in the module's folder). */
    private static final Path ASSESSMENTS = Path.of("../examples/assessments");
    private static final Path STORIES = ASSESSMENTS.resolve("stories");
    /** What the report saw in each story: a test fixture, not an assessment. */
    private static final Path EXPECTED = Path.of("src/test/resources/stories-expected.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One story: its file and what the report saw in it. */
    private record Story(String file, List<String> signs, List<String> strengths, boolean healthy) {
    }

    @Test
    void everyStoryFile_isListedInExpected_andThereAreAtLeastSix() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(STORIES)) {
            files = list.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(n -> n.endsWith(".json") && !n.equals("expected.json") || n.endsWith("/")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        assertThat(stories().keySet()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(stories().values()).as("healthy stories").anyMatch(Story::healthy);
        assertThat(stories().values()).as("unhealthy stories").anyMatch(s -> !s.healthy());
    }

    @TestFactory
    Stream<DynamicTest> everyStory_showsExactlyTheSignsAndStrengthsTheReportSawInIt() throws IOException {
        return stories().values().stream().map(story -> DynamicTest.dynamicTest(story.file(), () -> {
            Report report = assess(STORIES.resolve(story.file()));
            assertThat(report.diagnostics().stream().map(Diagnostic::sign).distinct().toList())
                    .as("signs found in %s", story.file()).containsExactlyInAnyOrderElementsOf(story.signs());
            assertThat(report.strengths().stream().map(Strength::sign).distinct().toList())
                    .as("strengths found in %s", story.file()).containsExactlyInAnyOrderElementsOf(story.strengths());
        }));
    }

    @TestFactory
    Stream<DynamicTest> healthyStories_haveNoDiagnostic_scoreOneHundredIfTheirUnansweredQuestionsFindNothing_andListTheirStrengths() throws IOException {
        return stories().values().stream().filter(Story::healthy).map(story -> DynamicTest.dynamicTest(story.file(), () -> {
            Report report = assess(STORIES.resolve(story.file()));
            assertThat(report.diagnostics()).as("diagnostics of %s", story.file()).isEmpty();
            // the report's stories predate the questions catalogue 1.2.0 added (they answer what the report
            // tells of them), and an unanswered question counts as if its rule had fired: so a healthy
            // story scores 100 once its unanswered questions are read as finding nothing
            assertThat(report.score().range().ifUnansweredFine()).as("score of %s if its unanswered questions find nothing",
                    story.file()).isEqualTo(100);
            assertThat(report.notAssessed()).as("what keeps %s's headline below 100", story.file())
                    .allSatisfy(n -> assertThat(n.missing()).isNotEmpty());
            assertThat(story.strengths()).as("strengths expected of %s", story.file()).isNotEmpty();
            assertThat(report.strengths().stream().map(Strength::sign).distinct().toList())
                    .containsExactlyInAnyOrderElementsOf(story.strengths());
            assertThat(report.strengths()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
        }));
    }

    @Test
    void unhealthyStories_loseScoreOnlyForTheirSigns() throws IOException {
        for (Story story : stories().values()) {
            if (story.healthy()) {
                continue;
            }
            Report report = assess(STORIES.resolve(story.file()));
            assertThat(report.score().overall()).as("overall score of %s", story.file()).isLessThan(100);
            assertThat(report.diagnostics().stream().filter(d -> d.penalty() > 0).map(Diagnostic::sign).toList())
                    .as("signs that cost %s points", story.file()).containsExactlyInAnyOrderElementsOf(story.signs());
        }
    }

    @Test
    void theFailingStories_scoreClearlyBelowTheHealthyOnes_andTheirSeverityShowsInTheNumber() throws IOException {
        int lowestHealthy = 100;
        int highestFailing = 0;
        for (Story story : stories().values()) {
            Report report = assess(STORIES.resolve(story.file()));
            int overall = report.score().overall();
            if (story.healthy()) {
                lowestHealthy = Math.min(lowestHealthy, overall);
            } else {
                highestFailing = Math.max(highestFailing, overall);
                if (report.diagnostics().stream().anyMatch(d -> d.severity() == org.programmehealth.report.Severity.CRITICAL)) {
                    assertThat(overall).as("%s, with a CRITICAL warning", story.file()).isLessThanOrEqualTo(50);
                }
                assertThat(overall).as("%s, with a HIGH warning or worse", story.file()).isLessThanOrEqualTo(75);
            }
        }
        // healthy 90 (their unanswered newer questions still count), failing 50 to 66: a gap of a fifth of the scale or more
        assertThat(lowestHealthy - highestFailing).as("the gap between the healthy and the failing stories").isGreaterThanOrEqualTo(20);
    }

    @Test
    void theThreeViewsStory_showsTheCollidingMindSets_toEveryone_andTheLocalSignsTheCentreDoesNotSee() throws IOException {
        Path folder = STORIES.resolve("total-place-three-views");
        Report report = assess(folder);
        assertThat(report.respondents()).extracting(org.programmehealth.model.Respondent::perspective)
                .containsExactly(org.programmehealth.model.Perspective.CENTRE, org.programmehealth.model.Perspective.LOCALITY,
                        org.programmehealth.model.Perspective.PARTNER);
        Diagnostic colliding = report.diagnostics().stream().filter(d -> d.sign().equals("COLLIDING_MINDSETS")).findFirst().orElseThrow();
        assertThat(colliding.severity()).isEqualTo(org.programmehealth.report.Severity.HIGH);
        assertThat(colliding.seenBy()).hasSize(3);
        assertThat(colliding.evidence()).extracting(org.programmehealth.report.Evidence::field)
                .contains("locality.quickWinPressure", "partnership.coDesign", "learning.spaceForDialogue");
        // what the locality lives with, the centre's answers do not show
        Diagnostic reporting = report.diagnostics().stream().filter(d -> d.ruleId().equals("reporting-overload/request-volume"))
                .findFirst().orElseThrow();
        assertThat(reporting.seenBy()).extracting(org.programmehealth.report.SeenBy::perspective)
                .containsExactly(org.programmehealth.model.Perspective.LOCALITY);
        assertThat(reporting.notSeenBy()).extracting(org.programmehealth.model.Respondent::perspective)
                .containsExactly(org.programmehealth.model.Perspective.CENTRE);
        assertThat(reporting.penalty()).as("a warning seen by any perspective counts").isPositive();
        // the centre alone scores the programme far higher than the three together
        Report centreAlone = assess(folder.resolve("centre.json"));
        assertThat(centreAlone.score().overall()).isGreaterThan(report.score().overall());
        assertThat(report.differences()).first().satisfies(d -> assertThat(d.apart()).isTrue());
    }

    @Test
    void theThreeViewsStory_givesTheSameBytes_inEveryOrderOfItsResponses() throws IOException {
        List<org.programmehealth.model.Assessment> responses = new ArrayList<>();
        for (String f : List.of("centre.json", "locality.json", "partner.json")) {
            responses.add(Catalogue.engine().read(STORIES.resolve("total-place-three-views").resolve(f)));
        }
        String json = Catalogue.engine().toJson(Catalogue.engine().assess(responses));
        int[][] orders = {{0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] order : orders) {
            List<org.programmehealth.model.Assessment> shuffled = new ArrayList<>();
            for (int i : order) {
                shuffled.add(responses.get(i));
            }
            assertThat(Catalogue.engine().toJson(Catalogue.engine().assess(shuffled))).as("order %s", java.util.Arrays.toString(order))
                    .isEqualTo(json);
        }
    }

    @Test
    void aSparseAssessment_reportsLowCoverage_andListsItsNotAssessedRules_ratherThanScoringAsHealthy() {
        Report report = assess(ASSESSMENTS.resolve("sparse.json"));
        // one response: the rules that compare several respondents are out of scope
        int rules = (int) Catalogue.engine().rules().stream().filter(r -> !r.comparesResponses()).count();

        assertThat(report.coverage()).as("coverage").isLessThan(0.3);
        assertThat(report.notAssessed()).as("rules not assessed").hasSizeGreaterThan(rules / 2);
        assertThat(report.notAssessed()).allSatisfy(n -> assertThat(n.missing()).as("missing answers of %s", n.ruleId()).isNotEmpty());
        double assessed = rules - report.notAssessed().size();
        assertThat(report.coverage()).as("coverage is the share of rules assessed")
                .isCloseTo(assessed / rules, org.assertj.core.data.Offset.offset(0.005));
        assertThat(report.notAssessed().stream().map(NotAssessed::missing).flatMap(List::stream))
                .as("the questions to answer next").contains("centre.directionChangesLast12Months", "timescales.partnershipAgeMonths");
        assertThat(report.score().overall()).as("few answers are never good news").isLessThanOrEqualTo(50);
        assertThat(report.score().range().ifUnansweredFine()).as("what the answers found").isEqualTo(100);
        assertThat(report.score().overall() != null && report.score().overall() == 100 && report.coverage() == 1.0)
                .as("a sparse assessment presented as 100 with full coverage").isFalse();
    }

    /** A story file, or a folder of one programme's responses from several perspectives, assessed together. */
    static Report assess(Path file) {
        if (Files.isDirectory(file)) {
            try (Stream<Path> list = Files.list(file)) {
                return Catalogue.engine().assess(list.filter(p -> p.toString().endsWith(".json")).sorted()
                        .map(p -> Catalogue.engine().read(p)).toList());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Catalogue.engine().assess(Catalogue.engine().read(file));
    }

    private static Map<String, Story> stories() throws IOException {
        JsonNode root = MAPPER.readTree(EXPECTED.toFile());
        Map<String, Story> out = new TreeMap<>();
        root.fields().forEachRemaining(e -> out.put(e.getKey(), new Story(e.getKey(), strings(e.getValue().path("signs")),
                strings(e.getValue().path("strengths")), Objects.requireNonNull(e.getValue().get("healthy"),
                        "healthy of " + e.getKey()).asBoolean())));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
