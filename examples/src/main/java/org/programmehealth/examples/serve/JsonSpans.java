package org.programmehealth.examples.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Where each element of a top-level JSON array stands in the text, so that its problems keep the text's line and column. */
final class JsonSpans {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonSpans() {
    }

    /**
     * Each element as {start offset, end offset, line, column} (offsets in characters, line and
     * column from 1); an {@link IllegalArgumentException} if the text is not one JSON array.
     */
    static List<int[]> elements(String text) {
        List<int[]> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("not a list");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new IllegalArgumentException("the list is not closed");
                }
                JsonLocation start = p.currentTokenLocation();
                p.skipChildren();
                JsonLocation end = p.currentLocation();
                out.add(new int[] {(int) start.getCharOffset(), (int) end.getCharOffset(), start.getLineNr(), start.getColumnNr()});
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("there is more after the list");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the list is not valid JSON");
        }
        return out;
    }
}
