package org.verso.interchange.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.verso.interchange.InterchangeException;

/**
 * A catalog file's text as its skeleton keeps it: the charset's name on the first line, then the file exactly (byte
 * order mark and line ends as they were), so the writer gives back every byte it does not translate.
 */
public record CatalogText(Charset charset, String text) {

    /** Strict UTF-8; with {@code latin1Fallback} (Java properties), a file that is not UTF-8 is ISO-8859-1. */
    public static CatalogText decode(byte[] bytes, boolean latin1Fallback) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return checked(new CatalogText(StandardCharsets.UTF_8, text));
        } catch (CharacterCodingException e) {
            if (latin1Fallback) {
                return checked(new CatalogText(StandardCharsets.ISO_8859_1,
                        new String(bytes, StandardCharsets.ISO_8859_1)));
            }
            throw new InterchangeException("The catalog is not valid UTF-8 text.");
        }
    }

    private static CatalogText checked(CatalogText read) {
        if (read.text.indexOf('\u0000') >= 0) {
            throw new InterchangeException("The file holds NUL characters: it is binary data, not a catalog.");
        }
        if (read.text.indexOf('\u001E') >= 0 || read.text.indexOf('\u001F') >= 0) {
            throw new InterchangeException("The file holds the control characters U+001E or U+001F, which no catalog "
                    + "text may hold.");
        }
        return read;
    }

    public static CatalogText parse(String skeleton) {
        int line = skeleton.indexOf('\n');
        return new CatalogText(Charset.forName(skeleton.substring(0, line)), skeleton.substring(line + 1));
    }

    public String skeleton() {
        return charset.name() + "\n" + text;
    }

    public byte[] bytes(String written) {
        return written.getBytes(charset);
    }

    /** The file's own line end: CRLF when its first line ends so, else LF. */
    public String lineEnd() {
        int lf = text.indexOf('\n');
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }
}
