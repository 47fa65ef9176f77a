package org.programmehealth.input;

import org.programmehealth.render.Printable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.Problem;

/**
 * Turns the bytes of a file into text strictly as UTF-8, the only encoding JSON allows between
 * systems (RFC 8259): a byte that is not UTF-8 is refused, never replaced, with where it is and
 * how to save the file as UTF-8. A leading byte-order mark, which some Windows editors write,
 * is skipped (RFC 8259 allows a reader to ignore it).
 */
final class Utf8Text {

    private static final Charset WINDOWS_1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : null;

    private static final String SAVE_AS = "save the file as UTF-8 (for example in Notepad: File, Save as, Encoding: UTF-8)"
            + " and try again";

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            throw notUtf8(source, bytes, in.position(), out);
        }
        return withoutByteOrderMark(out.toString());
    }

    /** The text without a leading byte-order mark. */
    static String withoutByteOrderMark(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InvalidAssessmentException notUtf8(String source, byte[] bytes, int bad, CharSequence before) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' && i > 0 && before.charAt(i - 1) == '\r') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
                column = 1;
            } else if (!(i == 0 && c == '\uFEFF') && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        int b = bytes[bad] & 0xFF;
        String guess = "";
        if (WINDOWS_1252 != null) {
            String c = new String(new byte[] {(byte) b}, WINDOWS_1252);
            if (!c.equals("\uFFFD") && !Printable.needsEscaping(c)) {
                guess = " (in Windows-1252, the usual encoding of older Windows programs, that byte is '" + c + "')";
            }
        }
        boolean utf16 = bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
        String message = utf16
                ? "this is UTF-16 text (it starts with UTF-16's byte-order mark), not UTF-8; " + SAVE_AS
                : String.format("this is not UTF-8 text: the byte 0x%02X here is not UTF-8%s; %s", b, guess, SAVE_AS);
        return new InvalidAssessmentException(source, List.of(new Problem("$", message, line, column)));
    }
}
