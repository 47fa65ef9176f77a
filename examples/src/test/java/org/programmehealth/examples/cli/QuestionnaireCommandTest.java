package org.programmehealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmehealth.examples.cli.ProgrammeHealthCliTest.runWithInput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmehealth.AssessmentFormat;

/** The questionnaire driven as a pipe would drive it: one answer per line on standard input. */
class QuestionnaireCommandTest {

    private static final List<FormatQuestions.Question> QUESTIONS = FormatQuestions.all();

    /** A good answer for every question: the identity, then a mid-range answer of each kind, skipping every fifth. */
    private static List<String> answers() {
        List<String> out = new ArrayList<>(List.of("tp-test", "Test programme", "2009-10-30"));
        for (int i = 3; i < QUESTIONS.size(); i++) {
            FormatQuestions.Question q = QUESTIONS.get(i);
            if (i % 5 == 0) {
                out.add("");
                continue;
            }
            out.add(switch (q.kind()) {
                case WHOLE_NUMBER, NUMBER -> q.range().startsWith("1 to 5") || q.path().equals("programme.localities") ? "3" : "2";
                case YES_NO -> "yes";
                case CHOICE -> q.choices().get(0).toLowerCase(java.util.Locale.ROOT);
                case DATE -> "2009-01-15";
                case TEXT -> "text";
            });
        }
        return out;
    }

    private static int index(String path) {
        for (int i = 0; i < QUESTIONS.size(); i++) {
            if (QUESTIONS.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new AssertionError(path);
    }

    @Test
    void theFirstThreeQuestions_areTheProgrammesIdNameAndDate_theMeaningsComeFromTheSchema_andTheWordsFromTheBank() {
        assertThat(QUESTIONS.subList(0, 3)).extracting(FormatQuestions.Question::path)
                .containsExactly("programme.id", "programme.name", "programme.assessedOn");
        assertThat(QUESTIONS).extracting(FormatQuestions.Question::path).doesNotContain("schemaVersion")
                .noneMatch(p -> p.startsWith("history") || p.startsWith("extensions"));
        FormatQuestions.Question coDesign = QUESTIONS.get(index("partnership.coDesign"));
        assertThat(coDesign.meaning()).isEqualTo("'The programme was designed jointly by the centre and localities'");
        assertThat(coDesign.range()).startsWith("1 to 5: 1 = strongly disagree");
        assertThat(coDesign.ask()).isEqualTo("\"The centre and the localities designed the programme together.\"");
        assertThat(coDesign.answers()).containsEntry("1", "Strongly disagree").containsEntry("5", "Strongly agree");
        assertThat(QUESTIONS).allSatisfy(q -> assertThat(q.meaning()).as(q.path()).isNotBlank());
    }

    @Test
    void pipedAnswers_withABadOneReAsked_saveAValidAssessment_andPrintTheReport(@TempDir Path dir) throws Exception {
        List<String> lines = answers();
        int likert = index("partnership.coDesign");
        int count = index("centre.directionChangesLast12Months");
        lines.set(likert, "9\n4");
        lines.set(count, "many\n-1\n2");
        Path target = dir.resolve("answers.json");

        ProgrammeHealthCliTest.Run r = runWithInput(String.join("\n", lines) + "\n", "questionnaire", "--output", target.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        // the questions lead with plain English, not field names (issue 15): the ask and help of the question bank
        assertThat(r.out()).containsSubsequence("[1/" + QUESTIONS.size() + "] A short identifier for the programme (required)",
                QUESTIONS.get(0).help(), "[2/" + QUESTIONS.size() + "] The programme's name",
                "[3/" + QUESTIONS.size() + "] The date these answers describe");
        assertThat(r.out()).doesNotContain("] programme.id").doesNotContain("] centre.directionChangesLast12Months");
        assertThat(r.out()).contains("history").contains("not asked");
        assertThat(r.out()).containsSubsequence(QUESTIONS.get(count).ask(), "Not accepted: 'many' is not a whole number",
                "Not accepted: ", "minimum", QUESTIONS.get(likert).ask(), "Not accepted: ", "maximum");
        assertThat(r.out()).contains("1 Still being designed, 2 Piloting in a few places");
        assertThat(Files.exists(QuestionnaireCommand.partialFile(target))).as("the partial file is removed once saved").isFalse();
        assertThat(r.out()).contains("Saved the answers to " + target).contains("Programme Health report: Test programme");
        String saved = Files.readString(target);
        assertThat(AssessmentFormat.defaults().validate(saved, "saved")).isEmpty();
        JsonNode json = new ObjectMapper().readTree(saved);
        assertThat(json.path("schemaVersion").asText()).isEqualTo("1");
        assertThat(json.path("programme").path("id").asText()).isEqualTo("tp-test");
        assertThat(json.path("partnership").path("coDesign").asInt()).isBetween(1, 5);
        assertThat(json.path("centre").path("directionChangesLast12Months").asInt()).isEqualTo(2);
        assertThat(json.has("history")).isFalse();
        FormatQuestions.Question skipped = QUESTIONS.get(5);
        assertThat(json.path(skipped.section()).get(skipped.field()).isNull()).as(skipped.path()).isTrue();
    }

    @Test
    void aRequiredQuestion_isAskedAgainWhenSkipped_andABadDateIsRefused(@TempDir Path dir) {
        List<String> lines = answers();
        lines.set(0, "\ntp-test");
        lines.set(2, "30/10/2009\n2009-02-30\n2009-10-30");
        ProgrammeHealthCliTest.Run r = runWithInput(String.join("\n", lines) + "\n", "questionnaire", "--output",
                dir.resolve("a.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("A short identifier for the programme (required)", "An answer is required here.",
                "The programme's name", "The date these answers describe",
                "Not accepted: '30/10/2009' is not a date written as year-month-day, for example 2009-10-30",
                "Not accepted: '2009-02-30' is not a real date");
        assertThat(r.out()).doesNotContain("^[0-9]");
        // the refusals speak of dates, never of the schema's pattern (a rule id may contain the word)
        assertThat(r.out().lines().filter(l -> l.startsWith("Not accepted"))).noneMatch(l -> l.contains("pattern"));
    }

    /** Ctrl-D (the input ends) used to lose every answer; now they are kept and the next run goes on from them (issue 15). */
    @Test
    void inputThatEndsEarly_exits2_keepsTheAnswersSoFar_andTheNextRunGoesOnFromThem(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("answers.json");
        ProgrammeHealthCliTest.Run r = runWithInput("tp-test\nTest programme\n2009-10-30\n\n", "questionnaire", "--output",
                target.toString());
        assertThat(r.code()).isEqualTo(2);
        Path partial = QuestionnaireCommand.partialFile(target);
        assertThat(r.err()).contains("the input ended before question 5 of " + QUESTIONS.size())
                .contains(QUESTIONS.get(4).ask()).contains("your 4 answers so far are kept in " + partial)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(target).doesNotExist();
        JsonNode kept = new ObjectMapper().readTree(Files.readString(partial)).path("answers");
        assertThat(kept.path("programme.id").asText()).isEqualTo("tp-test");
        assertThat(kept.path(QUESTIONS.get(3).path()).isNull()).as("Enter is kept as don't know").isTrue();
        assertThat(kept.has(QUESTIONS.get(4).path())).isFalse();

        List<String> rest = answers().subList(4, QUESTIONS.size());
        ProgrammeHealthCliTest.Run resumed = runWithInput(String.join("\n", rest) + "\n", "questionnaire", "--output", target.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Going on from your 4 answers saved in " + partial)
                .doesNotContain("[1/" + QUESTIONS.size() + "]").contains("[5/" + QUESTIONS.size() + "]");
        JsonNode saved = new ObjectMapper().readTree(Files.readString(target));
        assertThat(saved.path("programme").path("name").asText()).isEqualTo("Test programme");
        assertThat(AssessmentFormat.defaults().validate(Files.readString(target), "saved")).isEmpty();
        assertThat(partial).doesNotExist();
    }

    @Test
    void aFailedSave_keepsTheAnswers_andSaysHowToSaveThemAgain(@TempDir Path dir) throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the questionnaire needs a folder");
        Path target = blocked.resolve("answers.json");
        // the partial file beside --output cannot be written either: refused before the first question, nothing typed is lost
        ProgrammeHealthCliTest.Run early = runWithInput("tp-test\n", "questionnaire", "--output", target.toString());
        assertThat(early.code()).isEqualTo(2);
        assertThat(early.out()).doesNotContain("[1/");
        assertThat(early.err()).contains("cannot write").doesNotContain("\tat ");
    }

    @Test
    void back_changesThePreviousAnswer_andNotApplicable_isRefusedWhereAQuestionAlwaysApplies(@TempDir Path dir) throws Exception {
        List<String> lines = answers();
        int stage = index("programme.stage");
        int startedOn = index("programme.startedOn");
        lines.set(stage, "n/a\nback\n2008-01-01\n" + lines.get(stage));
        Path target = dir.resolve("a.json");
        ProgrammeHealthCliTest.Run r = runWithInput(String.join("\n", lines) + "\n", "questionnaire", "--output", target.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("This question applies to every programme");
        assertThat(new ObjectMapper().readTree(Files.readString(target)).path("programme").path("startedOn").asText())
                .as("the answer given after 'back'").isEqualTo("2008-01-01");
        assertThat(startedOn).isLessThan(stage);
    }

    @Test
    void theDefaultFile_isNamedAfterTheProgrammesId_andNeverOverwritesAFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tp-test.json"), "keep me");
        assertThat(QuestionnaireCommand.defaultTarget(dir, "tp-test")).isEqualTo(dir.resolve("tp-test-2.json"));
        assertThat(Files.readString(dir.resolve("tp-test.json"))).isEqualTo("keep me");
        assertThat(QuestionnaireCommand.defaultTarget(dir, "a/../b c")).isEqualTo(dir.resolve("a-..-b-c.json"));
        assertThat(QuestionnaireCommand.defaultTarget(dir, "..")).isEqualTo(dir.resolve("assessment...json"));
    }
}
