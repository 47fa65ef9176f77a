package org.programmehealth.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A quick yes to "does this document satisfy the format's JSON Schema?", so that the full validator
 * (which explains every problem, and costs most of the reading time) runs only when something is
 * wrong. It understands only the keywords the format's schema uses ({@code type}, {@code properties},
 * {@code additionalProperties}, {@code required}, {@code enum}, {@code const},
 * {@code minimum}, {@code maximum}, {@code minLength}, {@code maxLength}, {@code pattern},
 * {@code items}, local {@code $ref}), and is stricter than the standard wherever it is unsure
 * (an integer written {@code 1.0}, a string outside the basic plane, a non-number under
 * {@code minimum}): its "no" only sends the document to the full validator, so only its "yes" must
 * be right. A schema with any other keyword is not compiled at all: then every document goes to
 * the full validator, as before.
 */
final class QuickSchemaCheck {

    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$schema", "$id", "$comment", "$defs",
            "examples", "default");

    /** One compiled (sub)schema: every check must pass. */
    private interface Check {
        boolean test(JsonNode node);
    }

    private final Check root;

    private QuickSchemaCheck(Check root) {
        this.root = root;
    }

    /** The quick check for a schema, or {@code null} if the schema uses a keyword it does not understand. */
    static QuickSchemaCheck compile(JsonNode schema) {
        try {
            Map<String, Check> refs = new HashMap<>();
            return new QuickSchemaCheck(new Compiler(schema, refs).compile(schema));
        } catch (Unsupported e) {
            return null;
        }
    }

    /** True only if the document certainly satisfies the schema. */
    boolean certainlyValid(JsonNode document) {
        return root.test(document);
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private static final class Compiler {
        private final JsonNode rootSchema;
        private final Map<String, Check> refs;

        Compiler(JsonNode rootSchema, Map<String, Check> refs) {
            this.rootSchema = rootSchema;
            this.refs = refs;
        }

        Check compile(JsonNode schema) {
            if (schema.isBoolean()) {
                boolean ok = schema.booleanValue();
                return node -> ok;
            }
            if (!schema.isObject()) {
                throw new Unsupported("schema " + schema);
            }
            List<Check> checks = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
            Map<String, Check> properties = null;
            Check additional = null;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String key = f.getKey();
                JsonNode v = f.getValue();
                switch (key) {
                    case "type" -> checks.add(type(v));
                    case "enum" -> {
                        List<JsonNode> values = new ArrayList<>();
                        v.forEach(values::add);
                        checks.add(node -> values.contains(node));
                    }
                    case "const" -> checks.add(node -> v.equals(node));
                    case "minimum" -> {
                        BigDecimal min = number(v);
                        checks.add(node -> finite(node) && node.decimalValue().compareTo(min) >= 0);
                    }
                    case "maximum" -> {
                        BigDecimal max = number(v);
                        checks.add(node -> finite(node) && node.decimalValue().compareTo(max) <= 0);
                    }
                    case "minLength" -> {
                        int min = v.intValue();
                        checks.add(node -> !node.isTextual() || plain(node.textValue()) && node.textValue().length() >= min);
                    }
                    case "maxLength" -> {
                        int max = v.intValue();
                        checks.add(node -> !node.isTextual() || plain(node.textValue()) && node.textValue().length() <= max);
                    }
                    case "pattern" -> {
                        Pattern p = Pattern.compile(v.textValue());
                        checks.add(node -> !node.isTextual() || oneLine(node.textValue()) && p.matcher(node.textValue()).find());
                    }
                    case "required" -> {
                        List<String> names = new ArrayList<>();
                        v.forEach(n -> names.add(n.textValue()));
                        checks.add(node -> {
                            if (!node.isObject()) {
                                return true;
                            }
                            for (String n : names) {
                                if (!node.has(n)) {
                                    return false;
                                }
                            }
                            return true;
                        });
                    }
                    case "properties" -> {
                        properties = new HashMap<>();
                        Iterator<Map.Entry<String, JsonNode>> ps = v.fields();
                        while (ps.hasNext()) {
                            Map.Entry<String, JsonNode> p = ps.next();
                            properties.put(p.getKey(), compile(p.getValue()));
                        }
                    }
                    case "additionalProperties" -> additional = compile(v);
                    case "items" -> {
                        Check item = compile(v);
                        checks.add(node -> {
                            if (!node.isArray()) {
                                return true;
                            }
                            for (JsonNode e : node) {
                                if (!item.test(e)) {
                                    return false;
                                }
                            }
                            return true;
                        });
                    }
                    case "$ref" -> checks.add(ref(v.textValue()));
                    default -> {
                        if (!ANNOTATIONS.contains(key) && !key.startsWith("x-")) {
                            throw new Unsupported(key);
                        }
                    }
                }
            }
            if (properties != null || additional != null) {
                Map<String, Check> props = properties == null ? Map.of() : properties;
                Check others = additional == null ? node -> true : additional;
                checks.add(node -> {
                    if (!node.isObject()) {
                        return true;
                    }
                    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        Check c = props.get(e.getKey());
                        if (!(c == null ? others : c).test(e.getValue())) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            Check[] all = checks.toArray(new Check[0]);
            return node -> {
                for (Check c : all) {
                    if (!c.test(node)) {
                        return false;
                    }
                }
                return true;
            };
        }

        private Check ref(String ref) {
            if (ref == null || !ref.startsWith("#/$defs/") || ref.indexOf('/', "#/$defs/".length()) >= 0 || ref.contains("~")) {
                throw new Unsupported("$ref " + ref);
            }
            Check known = refs.get(ref);
            if (known != null) {
                return known;
            }
            JsonNode target = rootSchema.path("$defs").get(ref.substring("#/$defs/".length()));
            if (target == null) {
                throw new Unsupported("$ref " + ref);
            }
            Check[] holder = new Check[1];
            Check lazy = node -> holder[0].test(node);
            refs.put(ref, lazy);
            holder[0] = compile(target);
            return lazy;
        }

        private static BigDecimal number(JsonNode v) {
            if (!v.isNumber()) {
                throw new Unsupported("bound " + v);
            }
            return v.decimalValue();
        }

        private static Check type(JsonNode v) {
            List<String> types = new ArrayList<>();
            if (v.isTextual()) {
                types.add(v.textValue());
            } else if (v.isArray()) {
                v.forEach(t -> types.add(t.textValue()));
            } else {
                throw new Unsupported("type " + v);
            }
            for (String t : types) {
                if (!Set.of("object", "array", "string", "number", "integer", "boolean", "null").contains(t)) {
                    throw new Unsupported("type " + t);
                }
            }
            return node -> {
                for (String t : types) {
                    boolean ok = switch (t) {
                        case "object" -> node.isObject();
                        case "array" -> node.isArray();
                        case "string" -> node.isTextual();
                        case "number" -> node.isNumber();
                        case "integer" -> node.isIntegralNumber();
                        case "boolean" -> node.isBoolean();
                        default -> node.isNull();
                    };
                    if (ok) {
                        return true;
                    }
                }
                return false;
            };
        }

        /** A number that can be compared exactly (not one too large to read, which reads as infinity). */
        private static boolean finite(JsonNode node) {
            return node.isNumber() && (!node.isFloatingPointNumber() || node.isBigDecimal() || Double.isFinite(node.doubleValue()));
        }

        /** No surrogate pairs: then length in chars and in code points agree. */
        private static boolean plain(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean oneLine(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return false;
                }
            }
            return true;
        }
    }
}
