package org.programmehealth;

import org.programmehealth.render.Printable;

/**
 * One thing wrong with an input: where (the JSON path, and the line and column where known) and
 * what. {@code line} and {@code column} are 1-based, or 0 when unknown.
 *
 * @param path    JSON path of the offending value, {@code $} for the document itself
 * @param message what is wrong, in plain words
 * @param line    line of the value in the source text, 0 if unknown
 * @param column  column of the value in the source text, 0 if unknown
 */
public record Problem(String path, String message, int line, int column) {

    /** Whatever the input put in the path or the message is made safe to print (see {@code Printable}). */
    public Problem {
        path = Printable.of(path);
        message = Printable.of(message);
    }

    /** {@code $.a.b (line 3, column 7): message}, or without the position when it is unknown. */
    @Override
    public String toString() {
        return line > 0 ? path + " (line " + line + ", column " + column + "): " + message : path + ": " + message;
    }
}
