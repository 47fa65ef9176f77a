package org.programmehealth.input;

import org.programmehealth.render.Printable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.programmehealth.AssessmentFormat;
import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.Problem;
import org.programmehealth.model.Assessment;

/** Inputs no one here wrote: what JSON test suites, other validators and Windows editors produce. */
class BrokenInputTest {

    private static final AssessmentFormat FORMAT = AssessmentFormat.defaults();
    private static final String PROGRAMME = "\"programme\": {\"id\": \"p1\", \"name\": \"P\", \"assessedOn\": \"2009-06-30\"}";

    /** Words of the JSON library (its classes, features, options) and of ours, which must never reach a person. */
    private static final Pattern LIBRARY_WORDS = Pattern.compile("`|Feature|Constraints|JsonNode|JsonToken|START_|END_|VALUE_"
            + "|FIELD_NAME|com\\.fasterxml|org\\.programmehealth|ALLOW_|FAIL_ON|enable|CTRL-CHAR|\\(code \\d|Source:|\\[line:"
            + "|Exception|getMax|bound as|\\bmarker\\b|Object entries|Array entries|token '");

    private static String doc(String rest) {
        return "{\"schemaVersion\": \"1\",\n" + PROGRAMME + (rest.isEmpty() ? "" : ",\n" + rest) + "\n}";
    }

    private static List<Problem> problems(String json) {
        return FORMAT.validate(json, "test.json");
    }

    static Stream<Arguments> hugeNumbers() {
        return Stream.of(
                Arguments.of("\"reporting\": {\"staffTimeOnReportingPercent\": 1e400}", "$.reporting.staffTimeOnReportingPercent",
                        "too large", "a number from 0 to 100"),
                Arguments.of("\"reporting\": {\"staffTimeOnReportingPercent\": -1e400}", "$.reporting.staffTimeOnReportingPercent",
                        "below zero", "a number from 0 to 100"),
                Arguments.of("\"scope\": {\"prioritiesNow\": 1e400}", "$.scope.prioritiesNow", "too large",
                        "a whole number from 0 to 2147483647"),
                Arguments.of("\"history\": [{\"assessedOn\": \"2008-01-01\", \"scope\": {\"prioritiesNow\": -1e400}}]",
                        "$.history[0].scope.prioritiesNow", "below zero", "a whole number from 0 to 2147483647"),
                Arguments.of("\"extensions\": {\"x\": 1e400}", "$.extensions.x", "too large", ""));
    }

    @ParameterizedTest
    @MethodSource("hugeNumbers")
    void aNumberTooLargeToRead_isAnOrdinaryProblem_withItsPathLineAndColumn(String answers, String path, String says,
                                                                           String accepts) {
        assertThat(problems(doc(answers))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains(says).contains(accepts).doesNotContain("Infinity");
        });
        assertThatThrownBy(() -> FORMAT.parse(doc(answers), "t.json")).isInstanceOf(InvalidAssessmentException.class);
    }

    @Test
    void aCountBeyondTheLargestWholeNumber_isRefusedByTheSchema_inWords_withLineAndColumn() {
        assertThat(problems(doc("\"scope\": {\"prioritiesNow\": 2147483648}"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.scope.prioritiesNow");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(28);
            assertThat(p.message()).isEqualTo("must have a maximum value of 2147483647 (found 2147483648)");
        });
        assertThat(problems(doc("\"scope\": {\"prioritiesNow\": 2147483647}"))).isEmpty();
        assertThat(problems(doc("\"centre\": {\"departmentsInvolved\": 99999999999999999999999}"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("maximum value of 2147483647"));
    }

    @Test
    void aCountFarBeyondTheLimit_inTheSchemaAndTheModel_agree() {
        // the largest count the schema accepts is the largest the model can hold: it reads
        Assessment a = FORMAT.parse(doc("\"scope\": {\"prioritiesNow\": 2147483647}"), "t.json");
        assertThat(a.scope().prioritiesNow()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void halfASurrogatePair_inAValueOrAName_isRefusedAtItsPath() {
        assertThat(problems(doc("\"extensions\": {\"note\": \"Bad \\uD800 name\"}").replace("\"P\"", "\"Bad \\uDC00\"")))
                .extracting(Problem::path).containsExactly("$.programme.name", "$.extensions.note");
        assertThat(problems(doc("\"extensions\": {\"note\": \"Bad \\uD800 name\"}"))).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("\\uD800").contains("stands for no character");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(problems(doc("\"extensions\": {\"n\\uDBFF\": 1}"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\\uDBFF").contains("name"));
        assertThat(problems(doc("\"extensions\": {\"whole\": \"\\uD83D\\uDE00 is fine\"}"))).isEmpty();
    }

    /** A corpus of broken JSON, one of each kind the parser reports. */
    static Stream<Arguments> brokenJson() {
        String p = "{\"schemaVersion\": \"1\", " + PROGRAMME;
        return Stream.of(
                Arguments.of("trailing text", p + "} x", "not a JSON value"),
                Arguments.of("a second document", p + "} {}", "more after the end"),
                Arguments.of("a comment", p + ", /* c */ \"history\": []}", "comments"),
                Arguments.of("a line comment", p + ",\n// c\n\"history\": []}", "comments"),
                Arguments.of("NaN", p + ", \"scope\": {\"prioritiesNow\": NaN}}", "not a number JSON allows"),
                Arguments.of("Infinity", p + ", \"scope\": {\"prioritiesNow\": Infinity}}", "not a number JSON allows"),
                Arguments.of("-Infinity", p + ", \"scope\": {\"prioritiesNow\": -Infinity}}", "not a number JSON allows"),
                Arguments.of("a leading zero", p + ", \"scope\": {\"prioritiesNow\": 012}}", "must not start with 0"),
                Arguments.of("a plus sign", p + ", \"scope\": {\"prioritiesNow\": +1}}", "must not start with '+'"),
                Arguments.of("a bare decimal point", p + ", \"scope\": {\"prioritiesNow\": 1.}}", "not a number"),
                Arguments.of("a bare exponent", p + ", \"scope\": {\"prioritiesNow\": 1e}}", "not a number"),
                Arguments.of("a minus alone", p + ", \"scope\": {\"prioritiesNow\": -}}", ""),
                Arguments.of("a number too long", p + ", \"scope\": {\"prioritiesNow\": 1" + "0".repeat(150) + "}}",
                        "a number longer than 100"),
                Arguments.of("single quotes", p + ", 'x': 1}", "double quotes"),
                Arguments.of("single-quoted value", "{\"a\": 'x'}", "double quotes"),
                Arguments.of("a field given twice", p + ", \"schemaVersion\": \"1\"}", "given twice"),
                Arguments.of("a trailing comma in an object", p + ",}", "remove the comma"),
                Arguments.of("a trailing comma in a list", p + ", \"history\": [1,]}", "remove the comma"),
                Arguments.of("an unquoted name", p + ", x: 1}", "field name in double quotes"),
                Arguments.of("a NUL in a name", p + ", \"a\u0000b\": 1}", "U+0000"),
                Arguments.of("a raw line break in text", p.replace("\"P\"", "\"line\nbreak\"") + "}", "U+000A"),
                Arguments.of("a raw tab in text", p.replace("\"P\"", "\"a\tb\"") + "}", "U+0009"),
                Arguments.of("a wrong close", "{\"a\": [1, 2}", "expected ']'"),
                Arguments.of("an unknown escape", "{\"a\": \"\\x\"}", "not an escape"),
                Arguments.of("a short unicode escape", "{\"a\": \"\\u12\"}", ""),
                Arguments.of("a misspelt word", "{\"a\": tru}", "not a JSON value"),
                Arguments.of("a missing colon", "{\"a\"  1}", "expected ':'"),
                Arguments.of("a missing comma", "{\"a\": 1 \"b\": 2}", "expected ',' or '}'"),
                Arguments.of("a missing comma in a list", "{\"a\": [1 2]}", "expected ',' or ']'"),
                Arguments.of("nesting too deep", p + ", \"extensions\": {\"x\": " + "[".repeat(40) + "]".repeat(40) + "}}", "nesting depth of objects and lists is more than 32"),
                Arguments.of("an unclosed string", "{\"a\": \"unterminated", "closing double quote"),
                Arguments.of("an unclosed object", "{\"a\": 1", "'}' is missing"),
                Arguments.of("an unclosed list", "{\"a\": [1", "']' is missing"),
                Arguments.of("a NUL between values", "\u0000{}", "U+0000"),
                Arguments.of("an ESC between values", "{\"a\":\u001b 1}", "U+001B"),
                Arguments.of("a name too long", "{\"" + "n".repeat(2000) + "\": 1}", "a field name longer than 1000"),
                Arguments.of("a lone close", "}", ""),
                Arguments.of("a lone value", "\"just text", ""),
                Arguments.of("a close bracket for an object", "{\"a\": 1]", ""),
                Arguments.of("a bare word at the top", "nul", "not a JSON value"),
                Arguments.of("a colon for a comma", "{\"a\": 1: 2}", ""),
                Arguments.of("two colons", "{\"a\":: 1}", "expected a value"),
                Arguments.of("a hex number", "{\"a\": 0x10}", ""),
                Arguments.of("a number with a space", "{\"a\": 1 2}", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenJson")
    void brokenJson_isOneProblem_inOurWords_withLineAndColumn(String kind, String json, String says) {
        List<Problem> found = problems(json);
        assertThat(found).as(kind).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid JSON: ").contains(says);
            assertThat(p.line()).as("line of %s", p).isPositive();
            assertThat(p.column()).as("column of %s", p).isPositive();
            assertNoLibraryWordsOrControlCharacters(p);
        });
    }

    @Test
    void noMessage_ofTheWholeCorpus_namesALibraryClassFeatureOrOption() {
        List<String> messages = new ArrayList<>();
        brokenJson().forEach(a -> problems((String) a.get()[1]).forEach(p -> messages.add(p.toString())));
        hugeNumbers().forEach(a -> problems(doc((String) a.get()[0])).forEach(p -> messages.add(p.toString())));
        assertThat(messages).hasSizeGreaterThan(45).allSatisfy(m -> assertThat(LIBRARY_WORDS.matcher(m).find()).as(m).isFalse());
    }

    @Test
    void valuesEchoedInMessages_haveTheirControlCharactersEscaped() {
        // a newline inside a value, an escape sequence, a NUL in a name: all valid JSON (escaped), all echoed
        List<Problem> found = problems(doc("\"programme2\": 1, \"a\\u0000b\": 1, \"centre\": {\"relationshipMode\": \"X\\n\\u001b[31mRED\"}"));
        assertThat(found).hasSize(3).allSatisfy(BrokenInputTest::assertNoLibraryWordsOrControlCharacters);
        assertThat(found).extracting(Problem::path).contains("$['a\\u0000b']");
        assertThat(found).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("X\\n\\u001B[31mRED"));
        assertThat(problems("{\"schemaVersion\": \"1\", \"programme\": {\"id\": \"p\", \"name\": \"P\", \"assessedOn\": \"2009-02-3\\n0\"}}"))
                .singleElement().satisfies(p -> {
                    assertNoLibraryWordsOrControlCharacters(p);
                    assertThat(p.message()).isEqualTo("must be a date, written YYYY-MM-DD (found \"2009-02-3\\n0\")");
                });
        InvalidAssessmentException e = new InvalidAssessmentException("odd\u001b]0;name", List.of(new Problem("$", "x\ny", 1, 1)));
        assertThat(e.getMessage()).doesNotContain("\u001b").contains("odd\\u001B]0;name").contains("x\\ny");
    }

    @Test
    void aByteOrderMark_isIgnored_inAFileAndInText(@TempDir Path dir) throws Exception {
        String json = doc("");
        Path file = dir.resolve("bom.json");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8)));
        assertThat(FORMAT.read(file).programme().id()).isEqualTo("p1");
        assertThat(FORMAT.parse("\uFEFF" + json, "bom").programme().id()).isEqualTo("p1");
        assertThat(FORMAT.parse(Files.readAllBytes(file), "bom").programme().id()).isEqualTo("p1");
        // the column of a problem counts from the first character after the mark
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"schemaVersion\": 2}".getBytes(StandardCharsets.UTF_8)));
        assertThat(FORMAT.validate(file)).filteredOn(p -> p.path().equals("$.schemaVersion")).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo(19));
    }

    @Test
    void aWindows1252File_isRefused_sayingWhereAndHowToSaveItAsUtf8_neverReadWithItsCharactersChanged(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("cafe.json");
        String json = "{\"schemaVersion\": \"1\",\n \"programme\": {\"id\": \"p1\", \"name\": \"Caf\u00e9 plan\", \"assessedOn\": \"2009-06-30\"}}";
        Files.write(file, json.getBytes("windows-1252"));
        assertThat(FORMAT.validate(file)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(json.substring(json.indexOf('\n') + 1).indexOf('\u00e9') + 1);
            assertThat(p.message()).contains("not UTF-8").contains("0xE9").contains("'\u00e9'").contains("save the file as UTF-8");
        });
        Files.write(file, json.getBytes(StandardCharsets.UTF_16LE));
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(FORMAT.validate(file)).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-16"));
        assertThat(FORMAT.validate(json.getBytes("windows-1252"), "bytes")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "caf\u00e9", "\ud83d\ude00 whole pair", ""})
    void printable_leavesOrdinaryTextAlone(String text) {
        assertThat(Printable.of(text)).isSameAs(text);
    }

    @Test
    void printable_escapesWhatATerminalWouldActOnOrHide_andIsIdempotent() {
        String nasty = "a\u0000b\nc\rd\te\u001b[2Jf\u009bg\u202eh\ufeffi\ud800j\u007f";
        String shown = Printable.of(nasty);
        assertThat(shown).isEqualTo("a\\u0000b\\nc\\rd\\te\\u001B[2Jf\\u009Bg\\u202Eh\\uFEFFi\\uD800j\\u007F");
        assertThat(Printable.of(shown)).isEqualTo(shown);
        assertThat(Printable.of(null)).isNull();
    }

    @Test
    void oneJsonPathFormatter_quotesOddNames_andReadsBackWhatItWrote() {
        assertThat(JsonPaths.child("$", "centre")).isEqualTo("$.centre");
        assertThat(JsonPaths.child("$.extensions", "odd name")).isEqualTo("$.extensions['odd name']");
        assertThat(JsonPaths.child("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(JsonPaths.child("$", "nul\u0000")).isEqualTo("$['nul\\u0000']");
        com.fasterxml.jackson.databind.JsonNode tree = Json.mapper().createObjectNode()
                .set("extensions", Json.mapper().createObjectNode().put("it's", 7));
        assertThat(JsonPaths.at(tree, JsonPaths.child("$.extensions", "it's")).asInt()).isEqualTo(7);
    }

    @Test
    void theSchema_isLoadedOnce_andSaysWhatANumericAnswerAccepts() {
        assertThat(AssessmentSchema.tree()).isSameAs(AssessmentSchema.tree());
        assertThat(AssessmentSchema.accepts("$.history[4].centre.departmentsInvolved")).isEqualTo("a whole number from 0 to 2147483647");
        assertThat(AssessmentSchema.accepts("$.locality.dataQuality")).isEqualTo("a whole number from 1 to 5");
        assertThat(AssessmentSchema.accepts("$.programme.name")).isNull();
    }

    private static void assertNoLibraryWordsOrControlCharacters(Problem p) {
        String all = p.path() + " " + p.message();
        assertThat(LIBRARY_WORDS.matcher(all).find()).as("library words in: %s", all).isFalse();
        assertThat(all.chars().noneMatch(c -> c < 0x20 || c == 0x7f)).as("control characters in: %s", all).isTrue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
