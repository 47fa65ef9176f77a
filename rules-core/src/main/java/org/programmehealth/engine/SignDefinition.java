package org.programmehealth.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.report.Source;
import org.programmehealth.report.Theme;

/**
 * What a sign says once for all its rules, read from the {@code sign.json} in the sign's folder:
 *
 * <pre>
 * {"sign":"UNREALISTIC_TIMESCALES","kind":"WARNING","theme":"PROCESS","section":"Unrealistic timescales","page":6,
 *  "rationale":"...","recommendation":"..."}
 * </pre>
 *
 * A rule of the folder keeps only what is its own ({@code @title @severity @message @evidence
 * @thresholds}); its id is its rule name.
 */
public record SignDefinition(String sign, String kind, Theme theme, Source source, String rationale,
                             String recommendation) {

    /** The file name of a sign's metadata, in its folder beside the DRL. */
    public static final String FILE = "sign.json";

    /** The keys of {@code sign.json}, every one required; a rule of the sign may repeat none of them. */
    public static final List<String> KEYS = List.of("sign", "kind", "theme", "section", "page", "rationale",
            "recommendation");

    /*
     * Read with Jackson's streaming parser: a sign.json is one flat object, and the engine reads all
     * of them while it is built, so it should not pay there for starting Jackson's data binding.
     */
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> KINDS = Set.of("WARNING", "STRENGTH");

    /**
     * Parses and checks one {@code sign.json}.
     *
     * @param origin where the file is, for messages
     * @param folder the folder's name, which must be the sign key in lower case
     * @throws ProgrammeHealthException naming the file and everything wrong in it
     */
    public static SignDefinition parse(String origin, String folder, String json) {
        // each key's value: its text, an Integer for a whole number that fits, or Boolean.FALSE for anything else
        Map<String, Object> root = new HashMap<>();
        List<String> errors = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ProgrammeHealthException.catalogue(origin + " must be one JSON object", null);
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                Object value = v == JsonToken.VALUE_STRING ? p.getText()
                        : v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue()
                        : Boolean.FALSE;
                p.skipChildren();
                root.put(name, value);
                if (!KEYS.contains(name)) {
                    errors.add("unknown key '" + name + "' (the keys are " + String.join(", ", KEYS) + ")");
                }
            }
            if (p.nextToken() != null) {
                throw ProgrammeHealthException.catalogue(origin + " must be one JSON object", null);
            }
        } catch (IOException e) {
            throw ProgrammeHealthException.catalogue(origin + " is not JSON: " + e.getMessage(), e);
        }
        for (String key : KEYS) {
            Object v = root.get(key);
            boolean ok = key.equals("page") ? v instanceof Integer : v instanceof String text && !text.isBlank();
            if (!ok) {
                errors.add("'" + key + "' must be " + (key.equals("page") ? "a page number of the report" : "non-blank text"));
            }
        }
        String sign = text(root, "sign");
        if (sign != null && !sign.matches("[A-Z][A-Z0-9_]*")) {
            errors.add("'sign' must be an UPPER_SNAKE_CASE key, not " + sign);
        } else if (sign != null && folder != null && !sign.toLowerCase(java.util.Locale.ROOT).equals(folder)) {
            errors.add("'sign' " + sign + " must be the folder's name '" + folder + "' in capitals");
        }
        String kind = text(root, "kind");
        if (kind != null && !KINDS.contains(kind)) {
            errors.add("'kind' must be WARNING or STRENGTH, not " + kind);
        }
        Theme theme = null;
        String themeName = text(root, "theme");
        if (themeName != null) {
            try {
                theme = Theme.valueOf(themeName);
            } catch (IllegalArgumentException e) {
                errors.add("'theme' must be one of " + java.util.Arrays.toString(Theme.values()) + ", not " + themeName);
            }
        }
        if (!errors.isEmpty()) {
            throw ProgrammeHealthException.catalogue(origin + ": " + String.join("; ", errors), null);
        }
        return new SignDefinition(sign, kind, theme, new Source(text(root, "section"), (Integer) root.get("page")),
                text(root, "rationale"), text(root, "recommendation"));
    }

    private static String text(Map<String, Object> root, String key) {
        return root.get(key) instanceof String s ? s : null;
    }
}
