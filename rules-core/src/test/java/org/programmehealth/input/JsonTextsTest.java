package org.programmehealth.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A text the writer keeps quoted ({@link Json#remember}) comes out exactly as the same text written
 * the ordinary way: quotes, backslashes, control characters, non-ASCII and astral characters alike.
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
            String before = Json.write(Map.of("text", text));
            String compactBefore = Json.writeCompact(List.of(text));
            Json.remember(text);
            assertThat(Json.isRemembered(text)).as("remembered: %s", text).isTrue();
            assertThat(Json.write(Map.of("text", text))).as("pretty: %s", text).isEqualTo(before);
            assertThat(Json.writeCompact(List.of(text))).as("compact: %s", text).isEqualTo(compactBefore);
        }
    }
}
