package org.programmehealth.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KINDS = Set.of("WARNING", "STRENGTH");

    /**
     * Parses and checks one {@code sign.json}.
     *
     * @param origin where the file is, for messages
     * @param folder the folder's name, which must be the sign key in lower case
     * @throws ProgrammeHealthException naming the file and everything wrong in it
     */
    public static SignDefinition parse(String origin, String folder, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw ProgrammeHealthException.catalogue(origin + " is not JSON: " + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw ProgrammeHealthException.catalogue(origin + " must be one JSON object", null);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                errors.add("unknown key '" + name + "' (the keys are " + String.join(", ", KEYS) + ")");
            }
        }
        for (String key : KEYS) {
            JsonNode v = root.get(key);
            boolean ok = key.equals("page") ? v != null && v.canConvertToInt() && v.isIntegralNumber()
                    : v != null && v.isTextual() && !v.asText().isBlank();
            if (!ok) {
                errors.add("'" + key + "' must be " + (key.equals("page") ? "a page number of the report" : "non-blank text"));
            }
        }
        String sign = root.path("sign").asText(null);
        if (sign != null && !sign.matches("[A-Z][A-Z0-9_]*")) {
            errors.add("'sign' must be an UPPER_SNAKE_CASE key, not " + sign);
        } else if (sign != null && folder != null && !sign.toLowerCase(java.util.Locale.ROOT).equals(folder)) {
            errors.add("'sign' " + sign + " must be the folder's name '" + folder + "' in capitals");
        }
        String kind = root.path("kind").asText(null);
        if (kind != null && !KINDS.contains(kind)) {
            errors.add("'kind' must be WARNING or STRENGTH, not " + kind);
        }
        Theme theme = null;
        String themeName = root.path("theme").asText(null);
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
        return new SignDefinition(sign, kind, theme, new Source(root.get("section").asText(), root.get("page").asInt()),
                root.get("rationale").asText(), root.get("recommendation").asText());
    }
}
