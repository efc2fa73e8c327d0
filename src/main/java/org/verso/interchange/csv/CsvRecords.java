package org.verso.interchange.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.verso.interchange.InterchangeException;

/**
 * RFC 4180 records from UTF-8 bytes, one at a time: quoted fields, doubled quotes, line breaks inside quotes
 * (kept as LF), CRLF or LF line ends, a byte order mark. Each physical line is decoded on its own and strictly,
 * so a bad byte is reported on its own line instead of becoming a wrong character. The delimiter is a comma,
 * or the semicolon or tab of the first line when it has no comma (spreadsheets in many locales write ";").
 */
final class CsvRecords {

    /** One record; {@code malformed} says what is wrong with its quoting, or is null. */
    record Row(int line, List<String> fields, String malformed) {

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** Longer than this, a quoted field is an unclosed quote swallowing the file, not a glossary note. */
    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int lineNumber;
    private char delimiter;

    CsvRecords(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /** @return the next record, or null at the end of the file */
    Row next() {
        String line = physicalLine();
        if (line == null) {
            return null;
        }
        if (delimiter == 0) {
            delimiter = line.indexOf(',') < 0 && line.indexOf(';') >= 0 ? ';'
                    : line.indexOf(',') < 0 && line.indexOf('\t') >= 0 ? '\t' : ',';
        }
        int start = lineNumber;
        CsvFields fields = new CsvFields(delimiter);
        while (!fields.parse(line)) {
            line = physicalLine();
            if (line == null || fields.length() > MAX_RECORD_CHARS) {
                throw new InterchangeException("The CSV file has a quote opened on line " + start
                        + " that is never closed; a quote inside a field must be doubled (\"\").");
            }
        }
        return new Row(start, fields.fields(), fields.malformed());
    }

    private String physicalLine() {
        try {
            bytes.reset();
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                bytes.write(b);
                b = in.read();
            }
            lineNumber++;
            String line = decode(bytes.toByteArray());
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            return lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String decode(byte[] line) {
        try {
            return utf8.decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException("The CSV file is not valid UTF-8 on line " + lineNumber
                    + ". Save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and upload it again.");
        }
    }

    /** The fields of one record while its physical lines come in. */
    private static final class CsvFields {

        private final char delimiter;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean inQuotes;
        private boolean quoted;
        private String malformed;
        private int length;

        CsvFields(char delimiter) {
            this.delimiter = delimiter;
        }

        /** @return whether the record is complete; false while a quoted field runs on to the next line */
        boolean parse(String line) {
            if (inQuotes) {
                field.append('\n');
            }
            length += line.length();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inQuotes) {
                    boolean doubled = c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"';
                    inQuotes = c != '"' || doubled;
                    i += doubled ? 1 : 0;
                    if (inQuotes) {
                        field.append(c);
                    }
                } else {
                    unquoted(c);
                }
            }
            if (!inQuotes) {
                endField();
            }
            return !inQuotes;
        }

        private void unquoted(char c) {
            if (c == delimiter) {
                endField();
            } else if (c == '"' && field.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                if (quoted && malformed == null) {
                    malformed = "text after the closing quote of field " + (fields.size() + 1);
                }
                field.append(c);
            }
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
            quoted = false;
        }

        int length() {
            return length;
        }

        List<String> fields() {
            return fields;
        }

        String malformed() {
            return malformed;
        }
    }
}
