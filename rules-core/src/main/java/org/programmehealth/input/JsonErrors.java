package org.programmehealth.input;

import org.programmehealth.render.Printable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * What is wrong with broken JSON, in our words: the parser's own messages name its classes,
 * features and options, which mean nothing to the person who typed the file. Each kind of
 * error the parser reports is said here in plain English, with what to do about it; the line
 * and column come from the parser's location, which the caller adds.
 */
public final class JsonErrors {

    private static final Pattern CODE = Pattern.compile("\\((?:CTRL-CHAR, )?code (-?\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'(?!:| |\\)|$))*)'");
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern EXPECTED_CLOSE = Pattern.compile("expected '(.)'");

    private JsonErrors() {
    }

    /** The problem with the JSON text, in plain words (without its position). */
    public static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return "refused: " + constraint(m);
        }
        return words(m);
    }

    static String constraint(String m) {
        Matcher limit = LIMIT.matcher(m);
        String max = limit.find() ? limit.group(1) : "the limit";
        if (m.contains("nesting depth")) {
            return "the nesting depth of objects and lists is more than " + max + " here";
        }
        if (m.contains("Number value length")) {
            return "a number longer than " + max + " characters";
        }
        if (m.contains("String value length")) {
            return "a text longer than " + max + " characters";
        }
        if (m.contains("Name length")) {
            return "a field name longer than " + max + " characters";
        }
        if (m.contains("Document length")) {
            return "the document is longer than " + max + " characters";
        }
        return "the document is larger than the reader allows";
    }

    private static String words(String m) {
        String found = found(m);
        if (m.startsWith("Duplicate field")) {
            return "the field " + quoted(m) + " is given twice in this object; give each field once";
        }
        if (m.startsWith("Trailing token") || m.contains("separating root-level values")) {
            return "there is more after the end of the document: it must be one JSON object, with nothing after its"
                    + " closing '}'";
        }
        if (m.contains("comment")) {
            return "JSON does not allow comments (// or /* */): remove them";
        }
        if (m.startsWith("Non-standard token")) {
            return quoted(m) + " is not a number JSON allows: leave the answer out, or write null";
        }
        if (m.contains("plus sign")) {
            return "a number must not start with '+': write 5, not +5";
        }
        if (m.contains("Leading zeroes")) {
            return "a number must not start with 0: write 7, not 07";
        }
        if (m.startsWith("Invalid numeric value") || m.contains("in numeric value")) {
            return "this is not a number as JSON writes them (such as 12, -3, 4.5 or 1e3)";
        }
        if (m.contains("end-of-input")) {
            if (m.contains("quote") || m.contains("String value") || m.contains("string value")) {
                return "the text ends inside a string: a closing double quote (\") is missing";
            }
            if (m.contains("Array")) {
                return "the text ends before a list is closed: a ']' is missing";
            }
            if (m.contains("Object")) {
                return "the text ends before an object is closed: a '}' is missing";
            }
            return "the text ends too early: something is not closed";
        }
        if (m.startsWith("Unexpected close marker")) {
            Matcher close = EXPECTED_CLOSE.matcher(m);
            String marker = m.length() > "Unexpected close marker 'x".length() ? m.substring(25, 26) : "?";
            return "'" + marker + "' does not close what is open here" + (close.find() ? ": expected '" + close.group(1) + "'" : "");
        }
        if (m.startsWith("Illegal unquoted character")) {
            return found + " inside a string must be written as an escape, such as \\n for a line break or \\t"
                    + " for a tab";
        }
        if (m.startsWith("Illegal character") || m.startsWith("Invalid white space")) {
            return found + " between values: only spaces, tabs and line breaks may come between values";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a backslash followed by " + found + " is not an escape JSON knows: write \\\\ for a backslash"
                    + " (the escapes are \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u followed by four hex digits)";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF-32") || m.contains("surrogate")) {
            return "the text is not UTF-8 here";
        }
        if (m.startsWith("Unrecognized token")) {
            return quoted(m) + " is not a JSON value: text needs double quotes, and the only words allowed"
                    + " without them are true, false and null";
        }
        if (m.contains("to start field name")) {
            if (found.equals("'''")) {
                return "field names and text take double quotes (\"), not single quotes";
            }
            if (found.equals("'}'")) {
                return "a comma must be followed by another field: remove the comma before '}'";
            }
            return "expected a field name in double quotes, found " + found;
        }
        if (m.contains("separate Object entries")) {
            return "expected ',' or '}' after a field's value, found " + found;
        }
        if (m.contains("separate Array entries")) {
            return "expected ',' or ']' after an item of a list, found " + found;
        }
        if (m.contains("colon to separate")) {
            return "expected ':' after the field name, found " + found;
        }
        if (m.contains("expected a valid value") || m.contains("was expecting (JSON String")) {
            if (found.equals("']'")) {
                return "a comma must be followed by another item: remove the comma before ']'";
            }
            if (found.equals("'''")) {
                return "text takes double quotes (\"), not single quotes";
            }
            return "expected a value (text in double quotes, a number, true, false, null, an object or a list), found "
                    + found;
        }
        if (m.startsWith("Unexpected character")) {
            return "did not expect " + found + " here";
        }
        return "the JSON is broken here";
    }

    /** The character the parser stopped at, as a person can read it. */
    private static String found(String m) {
        Matcher code = CODE.matcher(m);
        if (!code.find()) {
            return "something else";
        }
        int c = Integer.parseInt(code.group(1));
        if (c < 0) {
            return "the end of the text";
        }
        return character(c);
    }

    /** {@code 'x'}, or a control or invisible character by name and code. */
    static String character(int c) {
        if (c == 0xFEFF) {
            return "an invisible byte-order mark (U+FEFF)";
        }
        String s = new String(Character.toChars(c));
        if (Printable.needsEscaping(s)) {
            return "a control character (U+" + String.format("%04X", c) + ")";
        }
        return "'" + s + "'";
    }

    private static String quoted(String m) {
        Matcher q = QUOTED.matcher(m);
        if (!q.find()) {
            return "this";
        }
        String s = q.group(1);
        return "'" + Printable.of(s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'";
    }
}
