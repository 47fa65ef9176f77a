package org.programmehealth.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;

import org.programmehealth.InputLimits;
import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.ProgrammeHealth;
import org.programmehealth.catalogue.Catalogue;
import org.programmehealth.input.Json;
import org.programmehealth.model.Assessment;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Theme;

import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Random inputs: valid ones always give a sound report; broken ones only ever give the typed error. */
class PropertiesTest {

    private final ProgrammeHealth health = Catalogue.engine();

    @Property(tries = 500)
    void aRandomValidAssessment_neverThrows_andEveryLostPointTracesToADiagnosticOrAnUnansweredRule(
            @ForAll long seed, @ForAll @DoubleRange(min = 0.0, max = 1.0) double answerRate,
            @ForAll @IntRange(min = 0, max = 6) int history) {
        ObjectNode json = RandomAssessments.assessment(new Random(seed), answerRate, history);
        Assessment a = health.parse(json.toString(), "random " + seed);
        Report r = health.assess(a);
        java.util.Map<String, Theme> themeOf = new java.util.HashMap<>();
        health.rules().forEach(rule -> themeOf.put(rule.id(), rule.theme()));
        for (Theme t : Theme.values()) {
            int lost = r.diagnostics().stream().filter(d -> d.theme() == t).mapToInt(Diagnostic::penalty).sum()
                    + r.notAssessed().stream().filter(n -> themeOf.get(n.ruleId()) == t).mapToInt(n -> n.penalty()).sum();
            Integer score = r.score().themes().get(t);
            if (score != null) {
                assertThat(score).as("theme %s", t).isEqualTo(Math.max(0, 100 - lost));
            }
        }
        assertThat(r.diagnostics().size() + r.strengths().size() + r.notAssessed().size())
                .isLessThanOrEqualTo(r.catalogue().rules());
        assertThat(r.coverage()).isBetween(0.0, 1.0);
        assertThat(health.toJson(r)).isEqualTo(health.toJson(health.assess(a)));
    }

    @Property(tries = 300)
    void aRandomValidAssessment_isReadIntoTheRecordsJacksonMakesOfIt(
            @ForAll long seed, @ForAll @DoubleRange(min = 0.0, max = 1.0) double answerRate,
            @ForAll @IntRange(min = 0, max = 6) int history) throws Exception {
        String json = RandomAssessments.assessment(new Random(seed), answerRate, history).toString();
        Assessment jackson = Json.reader(InputLimits.defaults()).readValue(json, Assessment.class);
        assertThat(health.parse(json, "random " + seed)).isEqualTo(jackson);
    }

    @Property(tries = 1000)
    void aRandomMutationOfValidJson_eitherValidates_orGivesTheTypedErrorListingProblems(
            @ForAll long seed, @ForAll("mutations") Mutation mutation) {
        String valid = RandomAssessments.assessment(new Random(seed), 0.6, (int) Math.floorMod(seed, 3)).toPrettyString();
        String mutated = mutation.apply(valid, new Random(seed));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                Report r = health.assess(health.parse(mutated, "mutated"));
                assertThat(r.programme()).isNotNull();
            } catch (InvalidAssessmentException e) {
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("$"));
            }
        });
    }

    @Property(tries = 200)
    void randomHistoryDates_areAcceptedOnlyWhenStrictlyIncreasingAndBeforeTheAssessment(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int length) {
        Random random = new Random(seed);
        ObjectNode json = RandomAssessments.assessment(random, 0.3, length);
        var history = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("history");
        boolean shuffled = random.nextBoolean() && length > 1;
        if (shuffled) {
            ObjectNode first = (ObjectNode) history.get(0);
            ObjectNode last = (ObjectNode) history.get(length - 1);
            String d = first.get("assessedOn").asText();
            first.put("assessedOn", last.get("assessedOn").asText());
            last.put("assessedOn", d);
        }
        boolean valid = health.validate(json.toString(), "h").isEmpty();
        assertThat(valid).isEqualTo(!shuffled);
    }

    enum Mutation {
        DELETE_CHAR, INSERT_CHAR, TRUNCATE, REPLACE_NUMBER_WITH_STRING, NEGATE_NUMBER, DUPLICATE_KEY, RENAME_KEY, SWAP_BRACKETS;

        private static final String NOISE = "{}[]\",:x0-";

        String apply(String s, Random r) {
            int at = r.nextInt(s.length());
            return switch (this) {
                case DELETE_CHAR -> s.substring(0, at) + s.substring(at + 1);
                case INSERT_CHAR -> s.substring(0, at) + NOISE.charAt(r.nextInt(NOISE.length())) + s.substring(at);
                case TRUNCATE -> s.substring(0, at);
                case REPLACE_NUMBER_WITH_STRING -> s.replaceFirst(": (\\d+)", ": \"$1\"");
                case NEGATE_NUMBER -> s.replaceFirst(": (\\d+)", ": -$1");
                case DUPLICATE_KEY -> s.replaceFirst("\"name\" : (\"[^\"]*\")", "\"name\" : $1, \"name\" : $1");
                case RENAME_KEY -> s.replaceFirst("\"([a-z]+[A-Z][A-Za-z]*)\" :", "\"$1X\" :");
                case SWAP_BRACKETS -> s.replaceFirst("\\{", "[");
            };
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.class);
    }
}
