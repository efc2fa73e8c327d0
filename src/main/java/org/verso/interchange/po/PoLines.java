package org.verso.interchange.po;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

import org.verso.interchange.InterchangeException;

/**
 * The lines of a PO file, each decoded on its own and strictly, so a byte that is not in the charset is
 * reported on its own line rather than somewhere in a read-ahead buffer. Splitting bytes at LF is safe for the
 * charsets gettext allows: they are all ASCII-compatible.
 */
final class PoLines {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String charsetSource;
    /** A line longer than this cannot hold a string within {@link InterchangeException#MAX_UNIT_CHARS}. */
    static final int MAX_LINE_BYTES = 4 * InterchangeException.MAX_UNIT_CHARS + 64;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int number;

    /** @param charsetSource how the charset was chosen, for the error message */
    PoLines(InputStream in, Charset charset, String charsetSource) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.charsetSource = charsetSource;
    }

    /** @return the next line without its line end, or null at the end of the file */
    String next() {
        line.reset();
        int b;
        try {
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
                if (line.size() > MAX_LINE_BYTES) {
                    throw new InterchangeException("Line " + (number + 1) + " of the PO file is longer than "
                            + MAX_LINE_BYTES + " bytes; a unit holds at most " + InterchangeException.MAX_UNIT_CHARS
                            + " characters.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException("Line " + number + " of the PO file is not valid "
                    + decoder.charset().name() + " text (" + charsetSource + "). Save the file as UTF-8 with"
                    + " \"charset=UTF-8\" in its header.");
        }
    }

    /** The number of the line {@link #next} returned last, counting from 1. */
    int number() {
        return number;
    }
}
