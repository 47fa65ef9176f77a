package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.programmehealth.AssessmentFormat;
import org.programmehealth.InputLimits;
import org.programmehealth.Problem;

/**
 * A key given twice is found while the tree is built, and the document is then read again by the
 * strict parser: the problem must still name the second key where it stands, whatever it holds and
 * however deep it is.
 */
class DuplicateKeysTest {

    private static final AssessmentFormat FORMAT = AssessmentFormat.defaults();
    private static final Path SAMPLE = Path.of("../examples/assessments/sample-programme.json");

    /**
     * The sample with one key given again: the text, the key and its path, and the text after which
     * the object with the two copies begins.
     */
    static Stream<Arguments> duplicates() throws IOException {
        String s = Files.readString(SAMPLE);
        return Stream.of(
                Arguments.of(s.replaceFirst("\"schemaVersion\": \"1\",", "\"schemaVersion\": \"1\", \"schemaVersion\": \"1\","),
                        "schemaVersion", "$.schemaVersion", "{"),
                Arguments.of(s.replaceFirst("\"localities\": 3,", "\"localities\": 3, \"localities\": 4,"),
                        "localities", "$.programme.localities", "\"programme\""),
                Arguments.of(s.replaceFirst("\"localities\": 3,", "\"localities\": null,\n    \"localities\": 3,"),
                        "localities", "$.programme.localities", "\"programme\""),
                Arguments.of(s.replaceFirst("\"localities\": 3,", "\"localities\": {\"a\": 1}, \"localities\": [1, 2],"),
                        "localities", "$.programme.localities", "\"programme\""),
                Arguments.of(s.replaceFirst("\"centre\": \\{", "\"centre\": {}, \"centre\": {"), "centre", "$.centre", "{"),
                Arguments.of(s.replaceFirst("(\"history\": \\[\\s*\\{)", "$1\"assessedOn\": \"2009-01-01\", "),
                        "assessedOn", "$.history[0].assessedOn", "\"history\""));
    }

    @ParameterizedTest
    @MethodSource("duplicates")
    void aKeyGivenTwice_isNamedAtTheSecondCopy_withTheStrictParsersWords(String text, String key, String path,
                                                                                   String object) {
        List<Problem> problems = FORMAT.validate(text, "test.json");

        // the second copy's closing quote, counted in the text itself: line and column from 1
        String quoted = "\"" + key + "\"";
        int second = text.indexOf(quoted, text.indexOf(quoted, text.indexOf(object)) + 1);
        assertThat(second).as("the document holds the key twice").isPositive();
        int end = second + quoted.length();
        int line = 1 + (int) text.substring(0, end).chars().filter(c -> c == '\n').count();
        int column = end - text.lastIndexOf('\n', end - 1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).isEqualTo("not valid JSON: the field '" + key
                    + "' is given twice in this object; give each field once");
            assertThat(new int[] {p.line(), p.column()}).containsExactly(line, column);
        });
    }

    @ParameterizedTest
    @MethodSource("duplicates")
    void theQuickReading_refusesADuplicate_soTheStrictParserIsAskedForItsMessage(String text) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> Json.quickTreeReader(InputLimits.defaults()).readTree(text)))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("../examples/assessments")),
                Files.list(Path.of("../examples/assessments/stories")))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void aValidDocument_readsToTheSameTree_eitherWay(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(Json.quickTreeReader(InputLimits.defaults()).readTree(text))
                .isEqualTo(Json.reader(InputLimits.defaults()).readTree(text));
    }
}
