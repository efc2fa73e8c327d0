package org.verso.interchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded text-like file (plain text, Markdown, HTML) into a string with LF line ends, or
 * refuses it with a message the user can act on. The encoding is a byte order mark's (UTF-8, UTF-16LE, UTF-16BE),
 * else the one the file declares (an HTML page's meta charset), else UTF-8. Decoding is strict: a silently replaced
 * byte would turn into a wrong character in every translation of the article.
 */
public final class TextDecoder {

    /** Above this share of control characters the upload is binary data that happens to decode. */
    private static final int MAX_CONTROL_PERCENT = 2;

    private TextDecoder() {
    }

    /**
     * A text or Markdown file: byte order mark, else UTF-8.
     *
     * @return the text without byte order mark, CRLF and CR turned into LF; never blank
     * @throws InterchangeException when the bytes are binary, not in their encoding, or hold no text
     */
    public static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * @param declared the encoding the file declares, used when it has no byte order mark; null for UTF-8
     */
    public static String decode(byte[] bytes, Charset declared) {
        Charset bom = byteOrderMark(bytes);
        Charset charset = bom != null ? bom : declared != null ? declared : StandardCharsets.UTF_8;
        int skip = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
        boolean wide = bom == StandardCharsets.UTF_16LE || bom == StandardCharsets.UTF_16BE;
        if (!wide && hasNul(bytes)) {
            throw binary(); // before decoding: binary data is named as such, not as a bad byte of some encoding
        }
        String text = strict(bytes, skip, charset);
        if (text.indexOf('\u0000') >= 0) {
            throw binary();
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InterchangeException("The article is empty.");
        }
        rejectControlCharacters(text);
        return text;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static InterchangeException binary() {
        return new InterchangeException(
                "The file looks like binary data (it contains NUL bytes), not text. Upload a text or Markdown file.");
    }

    /** The encoding a byte order mark at the start names, or null when there is none. */
    public static Charset byteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        // No supported encoding yields more UTF-16 chars than it has bytes, so the buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
            throw new InterchangeException(
                    "The file is not valid " + name + " text (first bad byte at offset " + in.position() + ").");
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
