package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.Source;

/**
 * A text the writer keeps quoted ({@link Json#remember}) comes out exactly as the same text written
 * the ordinary way: quotes, backslashes, control characters, non-ASCII and astral characters alike,
 * in the properties that hold the catalogue's texts (a source's section, an evidence's field, the
 * answers a rule lacks) and beside them.
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

    @Test
    void rememberedTextsAreWrittenAsTheOrdinaryWriterWritesThem() {
        for (String text : AWKWARD) {
            assertThat(Json.isRemembered(text)).as("not yet remembered: %s", text).isFalse();
            List<Object> written = List.of(new Source(text, 9), new Evidence(text, text, text),
                    new NotAssessed("r/1", "r", List.of(text, "centre.mode")), Map.of("text", text));
            String before = Json.write(written);
            String compactBefore = Json.writeCompact(written);
            Json.remember(text);
            assertThat(Json.isRemembered(text)).as("remembered: %s", text).isTrue();
            assertThat(Json.write(written)).as("pretty: %s", text).isEqualTo(before);
            assertThat(Json.writeCompact(written)).as("compact: %s", text).isEqualTo(compactBefore);
            // and as the ordinary writer writes the text where it is not a catalogue text
            assertThat(Json.writeCompact(new Source(text, 9)))
                    .isEqualTo("{\"section\":" + Json.writeCompact(List.of(text)).replaceAll("^\\[|]$", "") + ",\"page\":9}");
        }
    }
}
