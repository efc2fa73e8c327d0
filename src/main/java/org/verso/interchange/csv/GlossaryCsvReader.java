package org.verso.interchange.csv;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.verso.interchange.InterchangeException;
import org.verso.interchange.tbx.GlossaryEntry;
import org.verso.interchange.tbx.GlossaryProblem;

/**
 * Reads a glossary from CSV (RFC 4180, UTF-8, see {@link CsvRecords}) row by row. The first row is the header:
 * {@code source} and {@code target} (or {@code source_term}, {@code target_term}) are required; {@code pos}
 * ({@code part_of_speech}), {@code note} ({@code definition}), {@code status} and {@code case_sensitive} are
 * optional; any order, any case. CSV names no languages, so the caller does.
 *
 * <p>Values are stripped of surrounding spaces; a value the writer protected from spreadsheet formulas
 * ({@code '=…}) loses its apostrophe again. Blank lines are passed over. Skipped with line and reason: a row
 * with another number of fields than the header, an empty source or target term, a status other than
 * preferred, admitted or forbidden, a case_sensitive other than true/false/yes/no/1/0, broken quoting.
 * Refused with an {@link InterchangeException} naming the line: no header, an unknown, repeated or missing
 * column, bytes that are not UTF-8, a quote that is never closed.
 */
public final class GlossaryCsvReader {

    private static final Set<String> TRUE = Set.of("true", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "0", "");
    private static final Set<String> STATUSES = Set.of(GlossaryEntry.PREFERRED, GlossaryEntry.ADMITTED,
            GlossaryEntry.FORBIDDEN);

    private GlossaryCsvReader() {
    }

    /** @return how many entries went to {@code onEntry} */
    public static int read(InputStream in, String sourceLanguage, String targetLanguage,
            Consumer<GlossaryEntry> onEntry, Consumer<GlossaryProblem> onSkip) {
        requireLanguage(sourceLanguage, "source");
        requireLanguage(targetLanguage, "target");
        CsvRecords records = new CsvRecords(in);
        CsvRecords.Row header = records.next();
        while (header != null && header.isBlank()) {
            header = records.next();
        }
        if (header == null) {
            throw new InterchangeException("The CSV file is empty; its first row must name the columns: source,"
                    + " target and optionally pos, note, status, case_sensitive.");
        }
        Map<GlossaryCsvColumn, Integer> columns = columns(header);
        int delivered = 0;
        for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
            if (row.isBlank()) {
                continue;
            }
            GlossaryEntry entry = entry(row, columns, header.fields().size(), sourceLanguage, targetLanguage, onSkip);
            if (entry != null) {
                onEntry.accept(entry);
                delivered++;
            }
        }
        return delivered;
    }

    private static Map<GlossaryCsvColumn, Integer> columns(CsvRecords.Row header) {
        Map<GlossaryCsvColumn, Integer> columns = new EnumMap<>(GlossaryCsvColumn.class);
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            GlossaryCsvColumn column = GlossaryCsvColumn.named(names.get(i));
            if (column == null) {
                throw badHeader(header, "has an unknown column \"" + names.get(i).strip() + "\"");
            }
            if (columns.put(column, i) != null) {
                throw badHeader(header, "names the " + column.header() + " column twice");
            }
        }
        for (GlossaryCsvColumn required : List.of(GlossaryCsvColumn.SOURCE, GlossaryCsvColumn.TARGET)) {
            if (!columns.containsKey(required)) {
                throw badHeader(header, "has no " + required.header() + " column");
            }
        }
        return columns;
    }

    private static InterchangeException badHeader(CsvRecords.Row header, String what) {
        return new InterchangeException("The CSV header on line " + header.line() + " " + what
                + ". The columns Verso reads are " + GlossaryCsvColumn.allNames() + ".");
    }

    private static GlossaryEntry entry(CsvRecords.Row row, Map<GlossaryCsvColumn, Integer> columns, int width,
            String sourceLanguage, String targetLanguage, Consumer<GlossaryProblem> onSkip) {
        String source = value(row, columns, GlossaryCsvColumn.SOURCE);
        String target = value(row, columns, GlossaryCsvColumn.TARGET);
        String status = value(row, columns, GlossaryCsvColumn.STATUS).toLowerCase(Locale.ROOT);
        String caseSensitive = value(row, columns, GlossaryCsvColumn.CASE_SENSITIVE).toLowerCase(Locale.ROOT);
        String problem = row.malformed() != null ? row.malformed()
                : row.fields().size() != width ? "the row has " + row.fields().size() + " fields, the header " + width
                : source.isEmpty() ? "the source term is empty"
                : target.isEmpty() ? "the target term is empty"
                : !status.isEmpty() && !STATUSES.contains(status)
                        ? "the status \"" + status + "\" is not preferred, admitted or forbidden"
                : !TRUE.contains(caseSensitive) && !FALSE.contains(caseSensitive)
                        ? "case_sensitive \"" + caseSensitive + "\" is not true or false"
                : null;
        if (problem != null) {
            onSkip.accept(new GlossaryProblem(row.line(), problem));
            return null;
        }
        return new GlossaryEntry(row.line(), sourceLanguage, targetLanguage, source, target,
                emptyAsNull(value(row, columns, GlossaryCsvColumn.PART_OF_SPEECH)),
                emptyAsNull(value(row, columns, GlossaryCsvColumn.NOTE)), emptyAsNull(status),
                TRUE.contains(caseSensitive));
    }

    /** The stripped value of a column, "" when the column or the field is missing. */
    private static String value(CsvRecords.Row row, Map<GlossaryCsvColumn, Integer> columns,
            GlossaryCsvColumn column) {
        Integer index = columns.get(column);
        return index == null || index >= row.fields().size() ? ""
                : FormulaGuard.unprotect(row.fields().get(index)).strip();
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static void requireLanguage(String language, String which) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("A glossary import needs a " + which + " language");
        }
    }
}
