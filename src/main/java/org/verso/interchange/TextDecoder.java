package org.verso.interchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded text-like file (plain text, Markdown) into a string with LF line ends, or
 * refuses it with a message the user can act on. Decoding is strict: a silently replaced byte would turn into
 * a wrong character in every translation of the article.
 */
public final class TextDecoder {

    /** Above this share of control characters the upload is binary data that happens to decode. */
    private static final int MAX_CONTROL_PERCENT = 2;

    private TextDecoder() {
    }

    /**
     * @return the text without byte order mark, CRLF and CR turned into LF; never blank
     * @throws InterchangeException when the bytes are binary, not UTF-8, or hold no text
     */
    public static String decode(byte[] bytes) {
        rejectUtf16(bytes);
        rejectNul(bytes);
        String text = strictUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InterchangeException("The article is empty.");
        }
        rejectControlCharacters(text);
        return text;
    }

    /** UTF-16 is the one encoding users commonly pick by mistake (Windows "Unicode"), so name it. */
    private static void rejectUtf16(byte[] bytes) {
        boolean littleEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
        boolean bigEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
        if (littleEndian || bigEndian) {
            throw new InterchangeException("The file is UTF-16 text; save it as UTF-8 and upload it again.");
        }
    }

    private static void rejectNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InterchangeException(
                        "The file looks like binary data (it contains NUL bytes), not text. Upload a text or Markdown file.");
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 chars than it has bytes, so the buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InterchangeException(
                    "The file is not valid UTF-8 text (first bad byte at offset " + in.position() + ").");
        }
        return out.flip().toString();
    }

    private static void rejectControlCharacters(String text) {
        long controls = text.chars().filter(TextDecoder::isBinaryControl).count();
        if (controls * 100 > (long) text.length() * MAX_CONTROL_PERCENT) {
            throw new InterchangeException("The file looks like binary data (" + controls + " of " + text.length()
                    + " characters are control characters), not text. Upload a text or Markdown file.");
        }
    }

    /** Tab, line feed and form feed occur in real text; other C0/C1 controls and DEL do not. */
    private static boolean isBinaryControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\f';
    }
}
