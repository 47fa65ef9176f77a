package org.programmehealth.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.input.JsonErrors;
import org.programmehealth.input.JsonPaths;
import org.programmehealth.render.Printable;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.Severity;

/**
 * The configuration file: one JSON document that tailors an engine.
 *
 * <pre>
 * {
 *   "thresholds": { "reportingOverload.maxRequestsPerMonth": 6 },
 *   "disabledRules": [ "issue-creep/pre-existing-work-reported" ],
 *   "disabledSigns": [ "INCREMENTALISM" ],
 *   "severityOverrides": { "reporting-overload/many-requesting-bodies": "LOW" },
 *   "waivers": [ { "rule": "...", "reason": "...", "owner": "...", "expires": "2027-03-31" } ],
 *   "customRules": [ "rules/", "classpath:com/acme/rules" ]
 * }
 * </pre>
 *
 * Read strictly: an unknown key, a value of the wrong type (no quietly turning {@code "6"} into 6),
 * a duplicate key or a {@code null} is an error naming the file, the JSON path, line and column.
 * Every key is optional.
 */
public record ConfigFile(Map<String, Double> thresholds, List<String> disabledRules, List<String> disabledSigns,
                         Map<String, Severity> severityOverrides, List<WaiverEntry> waivers, List<String> customRules) {

    /** One waiver as the file has it: either {@code rule} or {@code sign}. */
    public record WaiverEntry(String rule, String sign, String reason, String owner, LocalDate expires) {
    }

    public ConfigFile {
        thresholds = thresholds == null ? Map.of() : thresholds;
        disabledRules = disabledRules == null ? List.of() : disabledRules;
        disabledSigns = disabledSigns == null ? List.of() : disabledSigns;
        severityOverrides = severityOverrides == null ? Map.of() : severityOverrides;
        waivers = waivers == null ? List.of() : waivers;
        customRules = customRules == null ? List.of() : customRules;
    }

    private static final ObjectMapper MAPPER = strict();

    private static ObjectMapper strict() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(org.programmehealth.input.Json.localDates())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(JsonParser.Feature.ALLOW_COMMENTS)
                .build();
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Reads and checks a configuration file.
     *
     * @throws ProgrammeHealthException (a configuration error) naming the file, the JSON path and what is wrong
     */
    public static ConfigFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ProgrammeHealthException.configuration(file + ": the file is not UTF-8 text; save it as UTF-8"
                    + " (for example in Notepad: File, Save as, Encoding: UTF-8) and try again");
        } catch (NoSuchFileException e) {
            throw ProgrammeHealthException.configuration(file + ": no such configuration file");
        } catch (IOException e) {
            throw ProgrammeHealthException.configuration(file + ": cannot read the configuration file: " + e.getMessage());
        }
        ConfigFile config;
        try {
            refuseNulls(text, file);
            config = MAPPER.readValue(text, ConfigFile.class);
        } catch (JsonProcessingException e) {
            throw ProgrammeHealthException.configuration(file + ": " + describe(e));
        }
        if (config == null) {
            throw ProgrammeHealthException.configuration(file + ": $: expected a JSON object, found null");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < config.waivers().size(); i++) {
            WaiverEntry w = config.waivers().get(i);
            String at = "$.waivers[" + i + "]";
            if ((w.rule() == null) == (w.sign() == null)) {
                problems.add(at + ": a waiver names either \"rule\" or \"sign\", not " + (w.rule() == null ? "neither" : "both"));
            }
            for (String[] f : new String[][] {{"rule", w.rule()}, {"sign", w.sign()}}) {
                if (f[1] != null && f[1].isBlank()) {
                    problems.add(at + "." + f[0] + ": must not be blank");
                }
            }
            for (String[] f : new String[][] {{"reason", w.reason()}, {"owner", w.owner()}}) {
                if (f[1] == null || f[1].isBlank()) {
                    problems.add(at + "." + f[0] + ": a waiver needs a " + f[0]);
                }
            }
            if (w.expires() == null) {
                problems.add(at + ".expires: a waiver needs an expiry date (YYYY-MM-DD)");
            }
        }
        for (int i = 0; i < config.customRules().size(); i++) {
            if (config.customRules().get(i).isBlank()) {
                problems.add("$.customRules[" + i + "]: must name a folder, or classpath:a/folder");
            }
        }
        if (!problems.isEmpty()) {
            throw ProgrammeHealthException.configuration(file + ": " + String.join("; ", problems));
        }
        return config;
    }

    /** A {@code null} anywhere is refused: an absent key says "default", a null says nothing clear. */
    private static void refuseNulls(String text, Path file) throws JsonProcessingException {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NULL) {
                    JsonLocation loc = p.currentTokenLocation();
                    throw ProgrammeHealthException.configuration(file + ": " + JsonPaths.of(p.getParsingContext()) + ": must not be null"
                            + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")");
                }
            }
        } catch (IOException e) {
            if (e instanceof JsonProcessingException j) {
                throw j;
            }
            throw new IllegalStateException(e);
        }
    }

    /** Where a custom-rules entry points: {@code classpath:...}, or a folder relative to the file's own folder. */
    public static EngineSettings.CustomRulesLocation location(Path file, String entry) {
        if (entry.startsWith("classpath:")) {
            return EngineSettings.CustomRulesLocation.classpath(entry.substring("classpath:".length()));
        }
        Path dir = file.toAbsolutePath().getParent();
        return EngineSettings.CustomRulesLocation.folder(dir.resolve(entry).normalize());
    }

    private static String describe(JsonProcessingException e) {
        String where = "";
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            where = " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        }
        if (!(e instanceof JsonMappingException m) || String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "$: not valid JSON: " + JsonErrors.describe(e) + where;
        }
        String path = JsonPaths.of(m.getPath());
        if (m instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return path + ": unknown key '" + Printable.of(String.valueOf(u.getPropertyName())) + "'"
                    + (known == null || known.isEmpty() ? "" : "; the keys here are: "
                            + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))) + where;
        }
        if (m instanceof InvalidNullException) {
            return path + ": must not be null" + where;
        }
        if (m instanceof InvalidFormatException f) {
            return path + ": " + shown(f.getValue()) + " is not " + expected(f.getTargetType()) + where;
        }
        if (m instanceof MismatchedInputException mi) {
            String found = "";
            if (mi.getProcessor() instanceof JsonParser p && p.currentToken() != null) {
                found = ", found " + token(p);
            }
            if (mi.getTargetType() == null) {
                return path + ": not valid JSON: " + JsonErrors.describe(m) + where;
            }
            return path + ": expected " + expected(mi.getTargetType()) + found + where;
        }
        return path + ": " + (m.getCause() instanceof RuntimeException r && r.getMessage() != null
                ? "cannot be read: " + Printable.of(r.getMessage()) : "this value cannot be read here") + where;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String token(JsonParser p) {
        try {
            return switch (p.currentToken()) {
                case START_ARRAY -> "a list";
                case START_OBJECT -> "an object";
                case VALUE_STRING -> "text " + shown(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
                case VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "null";
                default -> p.currentToken().asString() == null ? p.currentToken().name() : p.currentToken().asString();
            };
        } catch (IOException e) {
            return p.currentToken().name();
        }
    }

    private static String shown(Object value) {
        String s = Printable.of(value instanceof String t ? "'" + t + "'" : Evidence.format(value));
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
