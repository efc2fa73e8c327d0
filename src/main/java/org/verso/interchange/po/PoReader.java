package org.verso.interchange.po;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verso.interchange.InterchangeException;

/**
 * Reads a gettext PO file line by line, handing each translated entry to the caller as it is read, so a file
 * of any size never sits in memory. {@link #open} reads the header entry for the charset and language;
 * {@link #read} reads the entries. The caller owns and closes the stream.
 *
 * <p>Accepted: multi-line strings, C escapes, {@code msgctxt} (kept as context), plural entries (the pair is
 * {@code msgid} / {@code msgstr[0]}), any ASCII-based charset named in the header (UTF-8 when none or the
 * template placeholder {@code CHARSET}), a UTF-8 byte order mark. Skipped and reported with the line: obsolete
 * entries ({@code #~}), fuzzy entries (a translation in doubt is not memory), untranslated entries, and
 * malformed entries (unclosed string, unknown escape, msgstr without msgid, an unknown line); the header itself
 * is skipped silently. Refused with an {@link InterchangeException}: bytes not in the charset (naming the line),
 * an unknown charset, UTF-16, binary data (a compiled .mo file included), and a file without any msgid.
 */
public final class PoReader {

    /** The header is the first entry; this much of the file is looked at for it before decoding the rest. */
    private static final int HEADER_BYTES = 64 * 1024;
    private static final Pattern CHARSET = Pattern.compile("(?im)^Content-Type:.*charset=([^\\s;]+)");
    private static final Pattern LANGUAGE = Pattern.compile("(?im)^Language:[ \\t]*(\\S*)");

    private final PoParser parser;
    private final PoHeader header;
    private boolean read;

    private PoReader(PoParser parser, PoHeader header) {
        this.parser = parser;
        this.header = header;
    }

    public static PoReader open(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, HEADER_BYTES);
            buffered.mark(HEADER_BYTES);
            byte[] start = buffered.readNBytes(HEADER_BYTES);
            buffered.reset();
            PoSniff.refuseNonPo(start);
            boolean bom = PoSniff.hasUtf8Bom(start);
            if (bom) {
                buffered.skipNBytes(3);
            }
            PoHeader header = readHeader(start, bom);
            String source = bom ? "it starts with a UTF-8 byte order mark"
                    : "the charset its header declares, else UTF-8";
            return new PoReader(new PoParser(new PoLines(buffered, header.charset(), source), header.charset()),
                    header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PoHeader header() {
        return header;
    }

    /**
     * Reads the entries to the end of the file, handing each translated one to {@code onEntry} and each skipped
     * one to {@code onSkip} as soon as it is read.
     *
     * @return how many entries went to {@code onEntry}
     */
    public int read(Consumer<PoEntry> onEntry, Consumer<PoProblem> onSkip) {
        if (read) {
            throw new IllegalStateException("The entries of this PO file have already been read");
        }
        read = true;
        int delivered = 0;
        boolean first = true;
        boolean anyMsgid = false;
        for (PoRawEntry raw = parser.next(); raw != null; raw = parser.next()) {
            anyMsgid |= raw.idLine > 0;
            boolean header = raw.isHeader(first);
            first = false;
            if (header || raw.isCommentsOnly()) {
                continue;
            }
            String reason = raw.skipReason();
            if (reason == null) {
                onEntry.accept(raw.toEntry());
                delivered++;
            } else {
                onSkip.accept(new PoProblem(raw.line(), reason));
            }
        }
        if (!anyMsgid) {
            throw new InterchangeException("The file is not a PO file: it has no msgid line.");
        }
        return delivered;
    }

    /** Parses the first entry of {@code start}; ISO-8859-1 maps every byte, and a header is ASCII. */
    private static PoHeader readHeader(byte[] start, boolean bom) {
        Charset sniff = bom ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        int from = bom ? 3 : 0;
        PoLines lines = new PoLines(new ByteArrayInputStream(start, from, start.length - from), sniff, "header");
        PoRawEntry first = new PoParser(lines, sniff).next();
        if (first == null || !first.isHeader(true)) {
            return new PoHeader(StandardCharsets.UTF_8, null);
        }
        String fields = first.translation.toString();
        Matcher language = LANGUAGE.matcher(fields);
        String tag = language.find() && !language.group(1).isEmpty() ? language.group(1) : null;
        Matcher charset = CHARSET.matcher(fields);
        Charset declared = charset.find() ? charset(charset.group(1), first.idLine) : StandardCharsets.UTF_8;
        return new PoHeader(bom ? StandardCharsets.UTF_8 : declared, tag);
    }

    private static Charset charset(String name, int line) {
        if (name.equals("CHARSET")) {
            return StandardCharsets.UTF_8; // the placeholder of a .pot template
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InterchangeException("The header of the PO file (line " + line + ") names the charset \""
                    + name + "\", which Verso does not know. Save the file as UTF-8 with \"charset=UTF-8\".");
        }
    }
}
