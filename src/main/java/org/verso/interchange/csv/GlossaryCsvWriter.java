package org.verso.interchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.verso.interchange.tbx.GlossaryEntry;

/**
 * Writes a glossary as CSV that {@link GlossaryCsvReader} and spreadsheets read: UTF-8 with a byte order mark
 * (without one, Excel takes UTF-8 for the local code page), CRLF line ends, the header
 * {@code source,target,pos,note,status,case_sensitive}, a field quoted when it holds a comma, quote, line break
 * or surrounding space, and formula-like values defused by {@link FormulaGuard}. Languages are not written:
 * CSV has no place for them. The caller closes {@code out}.
 */
public final class GlossaryCsvWriter implements AutoCloseable {

    private final Writer out;

    public GlossaryCsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write("\uFEFF" + Stream.of(GlossaryCsvColumn.values()).map(GlossaryCsvColumn::header)
                .collect(Collectors.joining(",")) + "\r\n");
    }

    public void writeEntry(GlossaryEntry entry) {
        List<String> fields = List.of(entry.sourceTerm(), entry.targetTerm(), orEmpty(entry.partOfSpeech()),
                orEmpty(entry.note()), orEmpty(entry.status()), String.valueOf(entry.caseSensitive()));
        write(fields.stream().map(GlossaryCsvWriter::field).collect(Collectors.joining(",")) + "\r\n");
    }

    /** Flushes; the output stream stays open. */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV failed", e);
        }
    }

    private static String field(String value) {
        String safe = FormulaGuard.protect(value);
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(safe.strip());
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV failed", e);
        }
    }
}
