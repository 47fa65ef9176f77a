package org.programmehealth.input;

import org.programmehealth.render.Printable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one way the library writes a JSON path ({@code $.centre.departmentsInvolved},
 * {@code $.history[2].assessedOn}, {@code $['odd name']}), for assessments and configuration
 * files alike, whether the place is known from a streaming parser, a mapping error or by name.
 * Names that are not plain identifiers are quoted; any control character in them is escaped
 * ({@link Printable}), so a path is always safe to print.
 */
public final class JsonPaths {

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]|\\['((?:[^'\\\\]|\\\\.)*)']");

    private JsonPaths() {
    }

    /** The path of field {@code name} inside the value at {@code parent}. */
    public static String child(String parent, String name) {
        return parent + (SIMPLE_NAME.matcher(name).matches() ? "." + name
                : "['" + Printable.of(name.replace("\\", "\\\\").replace("'", "\\'")) + "']");
    }

    /** The path of item {@code index} of the list at {@code parent}. */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Where a streaming parser is: the value it is on (or, in an object, the field it last read). */
    public static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> steps = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.push(c);
        }
        String path = "$";
        for (JsonStreamContext c : steps) {
            if (c.inArray()) {
                path = item(path, Math.max(c.getCurrentIndex(), 0));
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = child(path, c.getCurrentName());
            }
        }
        return path;
    }

    /** The path a mapping error points at. */
    public static String of(List<JsonMappingException.Reference> references) {
        String path = "$";
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                path = child(path, r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path = item(path, r.getIndex());
            }
        }
        return path;
    }

    /** The value at a path written by this class, or {@code null} if there is none. */
    public static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        Matcher m = STEP.matcher(path.startsWith("$") ? path.substring(1) : path);
        while (node != null && m.find()) {
            if (m.group(1) != null) {
                node = node.get(m.group(1));
            } else if (m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            } else {
                node = node.get(m.group(3).replace("\\'", "'").replace("\\\\", "\\"));
            }
        }
        return node;
    }

    /** The path of the value that holds the one at {@code path} ({@code $} for the document). */
    public static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "$" : path.substring(0, cut);
    }
}
