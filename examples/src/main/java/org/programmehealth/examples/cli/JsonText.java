package org.programmehealth.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The tool's JSON: pretty (two-space indent, LF line ends, final newline) for files people edit, compact for JSON Lines. */
final class JsonText {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {
    }

    static String pretty(JsonNode node) {
        try {
            return writable(PRETTY.writeValueAsString(node)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line, no line break inside (JSON escapes any in strings). */
    static String compact(JsonNode node) {
        try {
            return writable(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON that can always be written as UTF-8: half of a surrogate pair (which stands for no
     * character, and which Jackson writes as it is) becomes its JSON escape, so one odd string
     * never stops a file from being written.
     */
    static String writable(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
            if (!pair && Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else {
                if (out != null) {
                    out.append(c);
                    if (pair) {
                        out.append(json.charAt(i + 1));
                    }
                }
                if (pair) {
                    i++;
                }
            }
        }
        return out == null ? json : out.toString();
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
