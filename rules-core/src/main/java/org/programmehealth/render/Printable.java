package org.programmehealth.render;

/**
 * Makes text that came from an input safe to echo on one line of a terminal, a message or a text
 * report: control characters (a NUL, an escape sequence, a line break inside a value), characters
 * that reorder or hide text (bidirectional overrides, a byte-order mark) and half surrogate pairs
 * are written as escapes ({@code \n}, {@code \t}, {@code \r}, {@code \u001B}). Everything else,
 * accented letters included, is left as it is. Idempotent: escaping twice changes nothing more.
 *
 * <p>Renderers call {@link #of(String)} on every value an assessment supplies (its id, its name,
 * extension values) before writing it into a text report.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with every character a terminal would act on or hide written as an escape; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!unsafe(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /** True if {@link #of(String)} would change the text. */
    public static boolean needsEscaping(String text) {
        return text != null && firstUnsafe(text) >= 0;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c == 0x7F                       // C0 controls and DEL: NUL, ESC, line breaks, tabs
                || c >= 0x80 && c <= 0x9F                  // C1 controls (a terminal may act on U+009B as ESC [)
                || c == '\u2028' || c == '\u2029'          // line and paragraph separators
                || c >= '\u202A' && c <= '\u202E'          // bidirectional embeddings and overrides
                || c >= '\u2066' && c <= '\u2069'          // bidirectional isolates
                || c == '\u200E' || c == '\u200F'          // direction marks
                || c == '\uFEFF'                           // byte-order mark, invisible
                || Character.isSurrogate(c);               // half a pair (a whole pair is passed above)
    }
}
