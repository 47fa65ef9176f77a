package org.programmehealth.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.programmehealth.AssessmentFormat;

/**
 * The questions of the self-assessment format: the answer types, bounds and choices are read from
 * the JSON Schema that ships in {@code rules-core} ({@value #SCHEMA}), and the words a person reads
 * (the question, its help, each allowed answer) from the question bank ({@value #BANK}), so there
 * is no second list of fields to keep in step: a field of the schema without words in the bank is
 * refused when the questions are read. In the format's order: the programme's identity first, then
 * section by section. The top-level {@code schemaVersion} is implied; {@code history} and
 * {@code extensions} are not questions. One list drives the terminal questionnaire, the web
 * questionnaire of {@code serve} and the guide of the blank template.
 */
public final class FormatQuestions {

    static final String SCHEMA = "org/programmehealth/assessment.schema.json";

    /** The question bank: the words of every question, its help and its answers. */
    public static final String BANK = "org/programmehealth/examples/questions.json";

    /** What kind of answer a question takes. */
    public enum Kind { TEXT, DATE, WHOLE_NUMBER, NUMBER, YES_NO, CHOICE }

    /**
     * One question.
     *
     * @param path        the dotted path of the field, e.g. {@code centre.outcomesAgreed}
     * @param meaning     the field's description in the schema (for auditors and the template's guide)
     * @param range       what answers are allowed, in words
     * @param ask         the question as a person reads it (from the bank)
     * @param help        a short help text (from the bank)
     * @param answers     the allowed answers in words, for choices, yes/no and 1-to-5 ratings: the
     *                    value as typed in JSON ({@code "PILOT"}, {@code "true"}, {@code "3"}) to its words
     * @param unit        what a number counts, e.g. {@code months} (empty if none)
     * @param mayNotApply whether "does not apply" is offered
     */
    public record Question(String section, String sectionTitle, String field, String path, String meaning, String range,
                           Kind kind, List<String> choices, boolean required, String ask, String help,
                           Map<String, String> answers, String unit, boolean mayNotApply, String sectionIntro,
                           boolean sectionMayNotApply) {
    }

    private static final String[] AGREE = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};
    private static final String[] STRENGTH = {"Very weak", "Weak", "Neither weak nor strong", "Strong", "Very strong"};

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormatQuestions() {
    }

    /**
     * Top-level objects of the format that are not questions about the programme: who answers
     * ({@code respondent}, of the perspectives contract) is set when a respondent's link is made.
     */
    static final java.util.Set<String> NOT_ASKED = java.util.Set.of("respondent");

    /** The sections that are asked, in the format's order. */
    static List<String> sections(JsonNode schema) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_ASKED.contains(e.getKey()) && resolve(schema, e.getValue()).path("properties").isObject()) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static volatile List<Question> all;

    /** Every question of the format, in its order (read once). */
    public static List<Question> all() {
        List<Question> a = all;
        if (a == null) {
            a = all(schema(), bank());
            all = a;
        }
        return a;
    }

    /**
     * The questions of a schema worded by a bank; an {@link IllegalStateException} names every field
     * of the schema the bank does not word, and every bank entry the schema does not have.
     */
    static List<Question> all(JsonNode schema, JsonNode bank) {
        List<Question> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String section : sections(schema)) {
            JsonNode sectionNode = resolve(schema, schema.path("properties").path(section));
            JsonNode sectionWords = bank.path("sections").path(section);
            if (sectionWords.isMissingNode()) {
                missing.add(section);
            }
            String title = sectionWords.path("title").asText(sectionNode.path("description").asText(section));
            List<String> required = new ArrayList<>();
            sectionNode.path("required").forEach(n -> required.add(n.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = sectionNode.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode words = bank.path("questions").path(section + "." + f.getKey());
                if (!words.path("ask").isTextual() || !words.path("help").isTextual()) {
                    missing.add(section + "." + f.getKey());
                    continue;
                }
                out.add(question(schema, section, title, f.getKey(), f.getValue(), required.contains(f.getKey()), words,
                        sectionWords));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the question bank " + BANK + " has no question for " + String.join(", ", missing)
                    + ": add the words for each field the format's schema has");
        }
        List<String> unknown = new ArrayList<>();
        bank.path("questions").fieldNames().forEachRemaining(path -> {
            if (out.stream().noneMatch(q -> q.path().equals(path))) {
                unknown.add(path);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the question bank " + BANK + " words fields the format does not have: "
                    + String.join(", ", unknown));
        }
        return List.copyOf(out);
    }

    private static Question question(JsonNode schema, String section, String title, String field, JsonNode node,
                                     boolean required, JsonNode words, JsonNode sectionWords) {
        JsonNode def = resolve(schema, node);
        String meaning = node.path("description").asText(def.path("description").asText(""));
        String defDescription = node.has("$ref") ? def.path("description").asText("") : "";
        List<String> choices = new ArrayList<>();
        def.path("enum").forEach(n -> {
            if (!n.isNull()) {
                choices.add(n.asText());
            }
        });
        List<String> types = new ArrayList<>();
        if (def.path("type").isArray()) {
            def.path("type").forEach(t -> types.add(t.asText()));
        } else if (def.has("type")) {
            types.add(def.path("type").asText());
        }
        Kind kind;
        String range;
        if (!choices.isEmpty()) {
            kind = Kind.CHOICE;
            range = "one of " + String.join(", ", choices) + " (or its number, 1 to " + choices.size() + ")";
        } else if (types.contains("boolean")) {
            kind = Kind.YES_NO;
            range = "yes or no";
        } else if (types.contains("integer") || types.contains("number")) {
            kind = types.contains("integer") ? Kind.WHOLE_NUMBER : Kind.NUMBER;
            range = defDescription.isEmpty() ? bounds(kind, def) : defDescription;
        } else if (def.has("pattern") && def.path("pattern").asText().startsWith("^[0-9]{4}-")) {
            kind = Kind.DATE;
            range = "a date written as year-month-day, for example 2009-10-30";
        } else {
            kind = Kind.TEXT;
            range = "text" + (def.has("maxLength") ? ", " + def.path("minLength").asInt(0) + " to " + def.path("maxLength").asInt()
                    + " characters" : "");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        String path = section + "." + field;
        if (kind == Kind.CHOICE) {
            for (String c : choices) {
                String w = words.path("choices").path(c).asText(null);
                if (w == null) {
                    throw new IllegalStateException("the question bank " + BANK + " has no words for the answer " + c + " of " + path);
                }
                answers.put(c, w);
            }
        } else if (kind == Kind.YES_NO) {
            answers.put("true", words.path("yes").asText("Yes"));
            answers.put("false", words.path("no").asText("No"));
        } else if (kind == Kind.WHOLE_NUMBER && def.path("minimum").asInt(-1) == 1 && def.path("maximum").asInt(-1) == 5) {
            String[] scale = "agree".equals(words.path("scale").asText()) ? AGREE : STRENGTH;
            for (int i = 0; i < 5; i++) {
                answers.put(Integer.toString(i + 1), scale[i]);
            }
            range = "1 to 5: " + String.join(", ", answersNumbered(scale));
        }
        if (kind == Kind.CHOICE) {
            List<String> numbered = new ArrayList<>();
            int i = 1;
            for (String w : answers.values()) {
                numbered.add(i++ + " " + w);
            }
            range = "one of " + String.join(", ", numbered) + " (its number or its words)";
        }
        return new Question(section, title, field, path, meaning, range, kind, List.copyOf(choices), required,
                words.path("ask").asText(), words.path("help").asText(), java.util.Collections.unmodifiableMap(answers),
                words.path("unit").asText(""), words.path("mayNotApply").asBoolean(false),
                sectionWords.path("intro").asText(""), sectionWords.path("mayNotApply").asBoolean(false));
    }

    private static List<String> answersNumbered(String[] scale) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scale.length; i++) {
            out.add((i + 1) + " = " + scale[i].toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The smallest and largest number a question accepts (null where the format sets none). */
    public static Number minimum(Question q) {
        JsonNode def = definition(q);
        return def.has("minimum") ? def.get("minimum").numberValue() : null;
    }

    public static Number maximum(Question q) {
        JsonNode def = definition(q);
        return def.has("maximum") ? def.get("maximum").numberValue() : null;
    }

    private static JsonNode definition(Question q) {
        JsonNode schema = schema();
        JsonNode section = resolve(schema, schema.path("properties").path(q.section()));
        return resolve(schema, section.path("properties").path(q.field()));
    }

    private static String bounds(Kind kind, JsonNode def) {
        String what = kind == Kind.WHOLE_NUMBER ? "a whole number" : "a number";
        boolean min = def.has("minimum");
        // a count's maximum is the largest whole number there is: no limit a person needs telling about
        boolean max = def.has("maximum") && def.get("maximum").asLong() != Integer.MAX_VALUE;
        if (min && max) {
            return what + " from " + def.get("minimum").asText() + " to " + def.get("maximum").asText();
        }
        if (min) {
            return what + ", " + def.get("minimum").asText() + " or more";
        }
        return max ? what + ", " + def.get("maximum").asText() + " or less" : what;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 10 && n.has("$ref"); i++) {
            String ref = n.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                break;
            }
            n = schema.path("$defs").path(ref.substring("#/$defs/".length()));
        }
        return n;
    }

    private static volatile JsonNode schema;

    /** The format's JSON Schema, from the library's jar (read once; do not change it). */
    static JsonNode schema() {
        JsonNode s = schema;
        if (s == null) {
            s = readResource(AssessmentFormat.class.getClassLoader(), SCHEMA);
            schema = s;
        }
        return s;
    }

    /** The question bank, from this jar. */
    static JsonNode bank() {
        return readResource(FormatQuestions.class.getClassLoader(), BANK);
    }

    private static JsonNode readResource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's {@code const} for the top-level {@code schemaVersion}. */
    public static String schemaVersion() {
        return schema().path("properties").path("schemaVersion").path("const").asText("1");
    }

    /** Whether the format accepts a top-level field (such as {@code notApplicable} or {@code respondent}, when they land). */
    public static boolean formatHas(String topLevelField) {
        return schema().path("properties").has(topLevelField);
    }

    /**
     * The typed text as the JSON value the question takes; an {@link IllegalArgumentException} says
     * why not, in words. Choices are accepted by number, by their words or by their code; yes/no
     * as y, yes, n, no; ratings by number or by their words.
     */
    public static JsonNode answer(Question q, String typed) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        String t = typed.strip();
        switch (q.kind()) {
            case WHOLE_NUMBER -> {
                for (Map.Entry<String, String> a : q.answers().entrySet()) {
                    if (a.getValue().equalsIgnoreCase(t)) {
                        return json.numberNode(Integer.parseInt(a.getKey()));
                    }
                }
                try {
                    return json.numberNode(new java.math.BigInteger(t));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + t + "' is not a whole number");
                }
            }
            case NUMBER -> {
                try {
                    return json.numberNode(new java.math.BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + t + "' is not a number");
                }
            }
            case YES_NO -> {
                String lower = t.toLowerCase(java.util.Locale.ROOT);
                if (List.of("y", "yes", "true").contains(lower) || lower.equals(q.answers().get("true").toLowerCase(java.util.Locale.ROOT))) {
                    return json.booleanNode(true);
                }
                if (List.of("n", "no", "false").contains(lower) || lower.equals(q.answers().get("false").toLowerCase(java.util.Locale.ROOT))) {
                    return json.booleanNode(false);
                }
                throw new IllegalArgumentException("'" + t + "' is not yes or no");
            }
            case CHOICE -> {
                String key = t.toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
                int i = 0;
                for (Map.Entry<String, String> a : q.answers().entrySet()) {
                    i++;
                    if (a.getKey().equals(key) || key.equals(Integer.toString(i)) || a.getValue().equalsIgnoreCase(t)) {
                        return json.textNode(a.getKey());
                    }
                }
                throw new IllegalArgumentException("'" + t + "' is not one of the answers offered: "
                        + String.join("; ", q.answers().values()));
            }
            case DATE -> {
                try {
                    java.time.LocalDate.parse(t);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
                            ? "'" + t + "' is not a real date"
                            : "'" + t + "' is not a date written as year-month-day, for example 2009-10-30");
                }
                return json.textNode(t);
            }
            default -> {
                return json.textNode(t);
            }
        }
    }

    /** The answer in words, as a person reads it: the words of a choice, Yes or No, a rating's words, or the value. */
    public static String inWords(Question q, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        String key = value.isTextual() ? value.asText() : value.toString();
        String words = q.answers().get(key);
        if (words == null) {
            return value.asText();
        }
        return q.kind() == Kind.WHOLE_NUMBER ? key + " (" + words + ")" : words;
    }
}
