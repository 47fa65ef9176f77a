package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Report;
import org.programmehealth.report.Severity;
import org.programmehealth.report.Source;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Theme;

/**
 * A rule's texts the writer keeps quoted ({@link Json#rememberRule}) come out of a report exactly as
 * the same texts written the ordinary way: quotes, backslashes, control characters, non-ASCII and
 * astral characters alike, wherever a report holds them (a rule's id, sign, title, recommendation and
 * section) and beside them.
 */
class JsonTextsTest {

    private static final List<String> AWKWARD = List.of(
            "plain words",
            "a \"quoted\" word and a back\\slash",
            "tab\there, newline\nthere, bell\u0007, delete\u007f",
            "‘curly’ “quotes” – and an en dash, £5, é",
            "an emoji \uD83D\uDE00",
            "</script> and & < > '",
            "");

    private static Report report(String ruleId, String text) {
        List<Evidence> evidence = List.of(new Evidence(text, text, text), new Evidence("centre.mode", 2, ">= 2"));
        return new Report("1", null, null, null, null, 1.0,
                List.of(new Diagnostic(ruleId, text, Theme.DRIVERS, Severity.HIGH, text, text, evidence, text,
                        new Source(text, 9), 20)),
                List.of(new Strength(ruleId, text, Theme.PROCESS, text, text, evidence, new Source(text, 9))),
                List.of(new NotAssessed(ruleId, text, List.of(text, "centre.mode"), 5)),
                List.of(new NotApplicable(ruleId, text, List.of("centre.mode", text))), List.of());
    }

    @Test
    void rememberedTextsAreWrittenAsTheOrdinaryWriterWritesThem() {
        int n = 0;
        for (String text : AWKWARD) {
            String ruleId = "texts-test/" + n++;
            assertThat(Json.ruleTexts(ruleId)).isNull();
            Report report = report(ruleId, text);
            String before = Json.write(report);
            String compactBefore = Json.writeCompact(report);
            Json.rememberRule(ruleId, text, text, text, text);
            assertThat(Json.ruleTexts(ruleId).title().getValue()).isEqualTo(text);
            assertThat(Json.write(report)).as("pretty: %s", text).isEqualTo(before);
            assertThat(Json.writeCompact(report)).as("compact: %s", text).isEqualTo(compactBefore);
            // and as the ordinary writer writes the text where it is not a catalogue text
            assertThat(compactBefore).contains("\"message\":" + Json.writeCompact(List.of(text)).replaceAll("^\\[|]$", "") + ",");
        }
    }
}
