package org.programmehealth.input;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks on {@code notApplicable} that a schema cannot make: each entry names a section or an
 * answer of the format, none is listed twice, and nothing is both answered and said not to apply.
 */
final class NotApplicableCheck {

    /** The programme's identity is never "not applicable". */
    private static final Set<String> IDENTITY = Set.of("programme.id", "programme.name", "programme.assessedOn");

    private NotApplicableCheck() {
    }

    /**
     * The sections an entry may name: every section of the format with answers but the programme's,
     * and {@code history} (a first self-assessment: no earlier snapshot to compare with).
     */
    static Set<String> sections() {
        Set<String> out = new TreeSet<>();
        out.add("history");
        for (String path : FieldPaths.all()) {
            String section = path.substring(0, path.indexOf('.'));
            if (!section.equals("programme")) {
                out.add(section);
            }
        }
        return out;
    }

    /**
     * @param problem called with the JSON path of the entry and the message
     */
    static void check(JsonNode root, BiConsumer<String, String> problem) {
        JsonNode list = root.path("notApplicable");
        if (!list.isArray()) {
            return;
        }
        Set<String> sections = sections();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.notApplicable[" + i + "]";
            String entry = list.get(i).asText();
            boolean section = sections.contains(entry);
            if (!section && (!FieldPaths.isField(entry) || IDENTITY.contains(entry))) {
                problem.accept(at, "'" + entry + "' is not a section or a question of format version 1: name a section,"
                        + " such as 'partnership', or a question, such as 'centre.targetRedefinitions'"
                        + (IDENTITY.contains(entry) ? " (the programme's id, name and date always apply)" : ""));
                continue;
            }
            if (!seen.add(entry)) {
                problem.accept(at, "'" + entry + "' is listed twice");
                continue;
            }
            String answered = entry.equals("history") ? (root.path("history").isArray() && !root.path("history").isEmpty()
                    ? "$.history[0]" : null)
                    : section ? firstAnswer(root.path(entry), "$." + entry) : answer(root, entry);
            if (answered != null) {
                problem.accept(at, "'" + entry + "' is marked as not applicable but is answered at " + answered
                        + ": remove the answer or the mark");
            }
        }
    }

    private static String answer(JsonNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode v = root.path(parts[0]).path(parts[1]);
        return v.isMissingNode() || v.isNull() ? null : "$." + path;
    }

    private static String firstAnswer(JsonNode section, String at) {
        if (!section.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isNull()) {
                return at + "." + f.getKey();
            }
        }
        return null;
    }
}
