package org.programmehealth.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The tool's JSON: pretty (two-space indent, LF line ends, final newline) for files people edit, compact for JSON Lines. */
public final class JsonText {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {
    }

    static String pretty(JsonNode node) {
        try {
            return writable(PRETTY.writeValueAsString(node)).concat("\n");
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

    /**
     * Puts the batch contract's error for bad input into {@code record}:
     * {@code "error": {"kind": "invalid", "message", "problems": [{path, line, column, message}]}}.
     * The batch records and the web server's API say bad input the same way.
     */
    public static ObjectNode putInvalid(ObjectNode record, String message, java.util.List<org.programmehealth.Problem> problems) {
        ObjectNode error = record.putObject("error");
        error.put("kind", "invalid");
        error.put("message", message);
        ArrayNode list = error.putArray("problems");
        for (org.programmehealth.Problem p : problems) {
            ObjectNode o = list.addObject();
            o.put("path", p.path());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("message", p.message());
        }
        return record;
    }
}
