package org.programmehealth.input;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.Problem;

/**
 * Where each value of a document starts (line and column, by JSON path), worked out by one
 * streaming pass the first time a problem needs placing; and the same pass, run on text that
 * failed to parse, to say in our words where and why it is not JSON.
 */
final class Locations extends AbstractMap<String, int[]> {

    private final Supplier<Map<String, int[]>> compute;
    private Map<String, int[]> computed;

    Locations(Supplier<Map<String, int[]>> compute) {
        this.compute = compute;
    }

    private Map<String, int[]> map() {
        if (computed == null) {
            computed = compute.get();
        }
        return computed;
    }

    @Override
    public int[] get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public Set<Map.Entry<String, int[]>> entrySet() {
        return map().entrySet();
    }

    /** A problem at a path, placed at its value, or (for a missing field) at the object that should hold it. */
    static Problem problem(String path, String message, Map<String, int[]> locations) {
        int[] at = locations.get(path);
        for (String p = path; at == null && !p.equals("$"); ) {
            p = JsonPaths.parent(p);
            at = locations.get(p);
        }
        return at == null ? new Problem(path, message, 0, 0) : new Problem(path, message, at[0], at[1]);
    }

    /** One streaming pass that fails on bad syntax with line and column, and records where every value starts. */
    static Map<String, int[]> locate(ObjectMapper mapper, String source, String text) {
        Map<String, int[]> locations = new HashMap<>();
        JsonParser p = null;
        try {
            p = mapper.getFactory().createParser(text);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
                    continue;
                }
                JsonStreamContext ctx = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                JsonLocation loc = p.currentTokenLocation();
                locations.putIfAbsent(JsonPaths.of(ctx), new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
            return locations;
        } catch (JsonProcessingException e) {
            throw syntax(source, e, p == null ? "$" : JsonPaths.of(p.getParsingContext()), p == null ? null : p.currentLocation());
        } catch (IOException e) {
            throw new InvalidAssessmentException(source, List.of(new Problem("$", "cannot be read", 0, 0)));
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // nothing to release for an in-memory parser
                }
            }
        }
    }

    /** Broken JSON as a problem in our words, at the parser's position (or where it stopped, if it gave none). */
    static InvalidAssessmentException syntax(String source, JsonProcessingException e, String path, JsonLocation fallback) {
        JsonLocation loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null || line == 0 ? 0 : Math.max(loc.getColumnNr(), 0);
        return new InvalidAssessmentException(source, List.of(new Problem(path, "not valid JSON: " + JsonErrors.describe(e),
                line, column)));
    }
}
