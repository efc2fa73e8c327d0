package org.verso.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamException;

/** What the XML writers share: the characters XML 1.0 allows, and how a failed write is reported. */
public final class XmlChars {

    private XmlChars() {
    }

    /** The characters XML 1.0 allows in a document; anything else makes it ill-formed. */
    public static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** {@code value} without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    public static String withoutForbidden(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(XmlChars::isAllowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** An unchecked exception for a failed write: the I/O failure underneath when there is one. */
    public static RuntimeException writeFailed(XMLStreamException e, String format) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io) {
            return new UncheckedIOException("Writing " + format + " failed", io);
        }
        return new IllegalStateException("Writing " + format + " failed", e);
    }
}
