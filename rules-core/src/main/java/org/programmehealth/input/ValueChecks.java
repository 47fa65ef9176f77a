package org.programmehealth.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.programmehealth.Problem;

/**
 * What valid JSON can hold but no answer can be, found before the schema is checked: a number
 * too large for any reader ({@code 1e400}, which would read as infinity) and text holding half
 * of a surrogate pair ({@code "\uD800"}, which stands for no character and cannot be written as
 * UTF-8). Each is a problem at its path; a number too large is set aside (as if not answered)
 * so that the schema's checks see only numbers they can compare.
 */
final class ValueChecks {

    private ValueChecks() {
    }

    /** The problems found, and the paths they were found at (the schema says nothing more there). */
    record Found(List<Problem> problems, Set<String> paths) {
    }

    static Found check(JsonNode tree, Map<String, int[]> locations) {
        List<Problem> problems = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        walk(tree, null, locations, problems, paths);
        return new Found(problems, paths);
    }

    /**
     * Where the walk is: a chain of steps written out as a JSON path only when a problem is found,
     * so that a valid document (the usual case) costs no string building.
     */
    private record Step(Step parent, String name, int index) {
        String path() {
            String parentPath = parent == null ? "$" : parent.path();
            return name != null ? JsonPaths.child(parentPath, name) : JsonPaths.item(parentPath, index);
        }
    }

    private static String path(Step at) {
        return at == null ? "$" : at.path();
    }

    private static void walk(JsonNode node, Step at, Map<String, int[]> locations, List<Problem> problems,
                             Set<String> paths) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> tooLarge = null;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                Step step = new Step(at, f.getKey(), -1);
                if (halfPair(f.getKey()) >= 0) {
                    String path = step.path();
                    problems.add(Locations.problem(path, halfPairMessage("this field's name", f.getKey()), locations));
                    paths.add(path);
                }
                JsonNode value = f.getValue();
                if (value.isContainerNode() || value.isTextual() || value.isFloatingPointNumber()) {
                    walk(value, step, locations, problems, paths);
                }
                if (tooLarge(value)) {
                    if (tooLarge == null) {
                        tooLarge = new ArrayList<>();
                    }
                    tooLarge.add(f.getKey());
                }
            }
            if (tooLarge != null) {
                for (String name : tooLarge) {
                    object.set(name, NullNode.getInstance());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), new Step(at, null, i), locations, problems, paths);
                if (tooLarge(array.get(i))) {
                    array.set(i, NullNode.getInstance());
                }
            }
        } else if (tooLarge(node)) {
            String path = path(at);
            JsonNode schema = AssessmentSchema.at(path);
            String accepts = schema.has("minimum") || schema.has("maximum") ? AssessmentSchema.accepts(path) : null;
            problems.add(Locations.problem(path, (node.doubleValue() > 0 ? "the number is too large to read"
                    : "the number is too far below zero to read")
                    + (accepts == null ? "" : ": this answer must be " + accepts), locations));
            paths.add(path);
        } else if (node.isTextual() && halfPair(node.textValue()) >= 0) {
            String path = path(at);
            problems.add(Locations.problem(path, halfPairMessage("the text", node.textValue()), locations));
            paths.add(path);
        }
    }

    private static boolean tooLarge(JsonNode node) {
        return node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue());
    }

    /** Where the text holds half of a surrogate pair, or -1. */
    static int halfPair(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String halfPairMessage(String what, String s) {
        int i = halfPair(s);
        return what + " holds " + String.format("\\u%04X", (int) s.charAt(i)) + " (character " + (i + 1)
                + "), half of a pair of codes that stands for no character on its own: remove it, or give the whole"
                + " character";
    }
}
