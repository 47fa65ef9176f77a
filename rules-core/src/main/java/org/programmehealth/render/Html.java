package org.programmehealth.render;

/**
 * The library's one HTML escaper, for the HTML report and the catalogue's HTML page alike: safe
 * in element text and in quoted attribute values.
 */
public final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} written as character references and any control character
     * other than a line break or tab shown as a space (HTML forbids most of them); {@code null}
     * gives the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
