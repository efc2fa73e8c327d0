package org.verso.interchange.po;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.interchange.InterchangeException;

/**
 * Reads a gettext compiled catalog (MO file, either byte order, format revision 0 or 1) as source/translation
 * pairs for the translation memory. Left out: the header (empty msgid), entries without a translation, and the
 * system-dependent strings of revision 1. A context ({@code msgctxt}, before U+0004) is dropped; a plural entry
 * gives its singular: the first msgid and the first translated form. Strings are decoded strictly in the charset
 * the header names (UTF-8 when it names none). Anything malformed is an {@link InterchangeException}.
 */
public final class MoReader {

    /** One translated message. */
    public record Entry(String source, String target) {
    }

    private static final int MAGIC = 0x950412de;
    /** The longest string one entry may hold: far beyond any real message. */
    static final int MAX_STRING_BYTES = 1 << 20;
    /**
     * Entries may point at the same bytes, so a small file can declare gigabytes of text (a 2.2 MB file declared
     * 20 GB and ran out of memory). All strings together may hold at most this many times the file's size.
     */
    static final int MAX_TEXT_PER_FILE_BYTE = 4;
    private static final int HEADER_BYTES = 28;
    private static final Pattern CHARSET = Pattern.compile("charset=\\s*([^\\s;]+)", Pattern.CASE_INSENSITIVE);

    private MoReader() {
    }

    public static List<Entry> read(byte[] bytes) {
        List<Entry> entries = new ArrayList<>();
        read(bytes, (source, target) -> entries.add(new Entry(source, target)));
        return entries;
    }

    /** Hands each translated message to {@code each}, in the catalog's order (sorted by msgid bytes). */
    public static void read(byte[] bytes, BiConsumer<String, String> each) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_BYTES) {
            throw new InterchangeException("Not an MO file: " + bytes.length + " bytes, shorter than the header.");
        }
        buffer.order(byteOrder(buffer.getInt(0)));
        int major = buffer.getInt(4) >>> 16;
        if (major > 1) {
            throw new InterchangeException("MO file format revision " + major + " is not supported (only 0 and 1).");
        }
        int count = buffer.getInt(8);
        int originals = table(buffer, 12, count, "original strings");
        int translations = table(buffer, 16, count, "translations");
        Charset charset = charset(buffer, originals, translations, count);
        long budget = (long) MAX_TEXT_PER_FILE_BYTE * bytes.length + MAX_STRING_BYTES;
        long declared = 0;
        for (int i = 0; i < count; i++) {
            declared += length(buffer, originals, i) + length(buffer, translations, i);
            if (declared > budget) {
                throw new InterchangeException("MO file declares more text than it could hold: by entry " + i
                        + " its strings add up to " + declared + " bytes, more than " + MAX_TEXT_PER_FILE_BYTE
                        + " times the file's " + bytes.length + " bytes (entries pointing at the same bytes).");
            }
            byte[] source = string(buffer, originals, i, "msgid");
            byte[] target = string(buffer, translations, i, "msgstr");
            if (source.length > 0 && firstForm(target).length > 0) {
                each.accept(withoutContext(decode(firstForm(source), charset, i)), decode(firstForm(target), charset, i));
            }
        }
    }

    private static ByteOrder byteOrder(int magic) {
        if (magic == MAGIC) {
            return ByteOrder.BIG_ENDIAN;
        }
        if (Integer.reverseBytes(magic) == MAGIC) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        throw new InterchangeException(String.format(Locale.ROOT,
                "Not an MO file: the magic number is 0x%08x, not 0x950412de.", magic));
    }

    /** @return the offset of a string table, checked to lie inside the file */
    private static int table(ByteBuffer buffer, int field, int count, String what) {
        long offset = Integer.toUnsignedLong(buffer.getInt(field));
        if (count < 0 || offset + 8L * count > buffer.capacity()) {
            throw new InterchangeException("MO file is truncated or corrupt: the table of " + what + " (" + count
                    + " entries at byte " + offset + ") ends beyond the file's " + buffer.capacity() + " bytes.");
        }
        return (int) offset;
    }

    private static long length(ByteBuffer buffer, int table, int index) {
        return Integer.toUnsignedLong(buffer.getInt(table + 8 * index));
    }

    private static byte[] string(ByteBuffer buffer, int table, int index, String what) {
        long length = length(buffer, table, index);
        long offset = Integer.toUnsignedLong(buffer.getInt(table + 8 * index + 4));
        if (length > MAX_STRING_BYTES) {
            throw new InterchangeException("MO file entry " + index + ": its " + what + " is " + length
                    + " bytes long (at byte " + offset + "), more than the " + MAX_STRING_BYTES + " one entry may"
                    + " hold.");
        }
        if (offset + length > buffer.capacity()) {
            throw new InterchangeException("MO file is truncated or corrupt: the " + what + " of entry " + index
                    + " (" + length + " bytes at byte " + offset + ") ends beyond the file's " + buffer.capacity()
                    + " bytes.");
        }
        byte[] out = new byte[(int) length];
        buffer.get((int) offset, out);
        return out;
    }

    private static Charset charset(ByteBuffer buffer, int originals, int translations, int count) {
        for (int i = 0; i < count; i++) {
            if (buffer.getInt(originals + 8 * i) == 0) {
                String header = new String(string(buffer, translations, i, "header"), StandardCharsets.US_ASCII);
                return charsetNamed(header);
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset charsetNamed(String header) {
        Matcher m = CHARSET.matcher(header);
        if (!m.find() || m.group(1).equalsIgnoreCase("CHARSET")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InterchangeException("MO file names the charset \"" + m.group(1) + "\", which is not supported.",
                    e);
        }
    }

    /** The part before the first NUL: the singular of a plural msgid, the first form of a plural msgstr. */
    private static byte[] firstForm(byte[] string) {
        for (int i = 0; i < string.length; i++) {
            if (string[i] == 0) {
                byte[] out = new byte[i];
                System.arraycopy(string, 0, out, 0, i);
                return out;
            }
        }
        return string;
    }

    private static String withoutContext(String msgid) {
        return msgid.substring(msgid.indexOf('\u0004') + 1);
    }

    private static String decode(byte[] bytes, Charset charset, int index) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException("MO file entry " + index + " is not valid " + charset.name() + ".", e);
        }
    }
}
