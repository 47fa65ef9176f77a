package org.programmehealth.examples.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Escaping and the page shell of {@code serve}: every text from outside goes through {@link #h}. */
final class Html {

    private Html() {
    }

    /** Text made safe for HTML content and attribute values (double-quoted). Control characters are shown as U+hex. */
    static String h(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        b.append("U+").append(String.format("%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A whole page: our stylesheet and, if {@code script}, our one script; nothing from anywhere else. */
    static String page(String title, String body, boolean script, String csrf, String extraHead) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + h(title) + " · Programme Health</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\">\n"
                + (csrf != null ? "<meta name=\"csrf\" content=\"" + h(csrf) + "\">\n" : "")
                + (script ? "<script src=\"/static/form.js\" defer></script>\n" : "")
                + (extraHead == null ? "" : extraHead)
                + "</head>\n<body>\n<header class=\"top\"><span class=\"brand\">Programme Health</span></header>\n<main>\n"
                + body + "\n</main>\n</body>\n</html>\n";
    }

    /** The CSP hash source of an inline style block ({@code 'sha256-...'}). */
    static String styleHash(String css) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
