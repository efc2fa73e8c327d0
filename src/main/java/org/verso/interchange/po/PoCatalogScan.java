package org.verso.interchange.po;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.InterchangeException;

/**
 * A PO file read as a catalog, entry by entry, with where each entry's {@code msgstr} lines stand in the text (so a
 * writer replaces exactly those) and the raw lines of the header's.
 */
final class PoCatalogScan {

    /** One entry; {@code strStart}/{@code strEnd} span its msgstr lines, their last line end excluded. */
    static final class Entry {
        String context;
        String id;
        String idPlural;
        final List<String> comments = new ArrayList<>();
        final List<String> flags = new ArrayList<>();
        final List<int[]> strLines = new ArrayList<>();
        /** The {@code #,} lines, each from its start to the next line's start. */
        final List<int[]> flagLines = new ArrayList<>();
        int strStart = -1;
        int strEnd = -1;
        boolean obsolete;
        int line;

        boolean header() {
            return !obsolete && context == null && "".equals(id);
        }

        boolean unit() {
            return !obsolete && id != null && !header();
        }
    }

    private PoCatalogScan() {
    }

    static List<Entry> scan(String text) {
        List<Entry> entries = new ArrayList<>();
        Entry entry = null;
        String keyword = null;
        StringBuilder value = null;
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNumber = 0;
        while (at <= text.length()) {
            int lf = text.indexOf('\n', at);
            int next = lf < 0 ? text.length() + 1 : lf + 1;
            int end = lf < 0 ? text.length() : lf;
            if (end > at && text.charAt(end - 1) == '\r') {
                end--;
            }
            String line = text.substring(at, end).strip();
            lineNumber++;
            if (line.isEmpty()) {
                finish(entry, keyword, value, entries);
                entry = null;
                keyword = null;
            } else {
                if (entry == null) {
                    entry = new Entry();
                    entry.line = lineNumber;
                }
                String raw = line.startsWith("#~") ? line.substring(2).strip() : line;
                entry.obsolete |= line.startsWith("#~");
                if (raw.startsWith("#")) {
                    comment(entry, raw);
                    if (raw.startsWith("#,") && !entry.obsolete) {
                        entry.flagLines.add(new int[] {at, Math.min(next, text.length())});
                    }
                } else if (raw.startsWith("\"")) {
                    if (keyword == null) {
                        throw problem(lineNumber, "a string outside msgid or msgstr");
                    }
                    value.append(unquote(raw, lineNumber));
                    if (keyword.startsWith("msgstr") && !entry.obsolete) {
                        entry.strEnd = end;
                        entry.strLines.add(new int[] {at, end});
                    }
                } else {
                    finish(entry, keyword, value, null);
                    int space = raw.indexOf(' ');
                    int quote = raw.indexOf('"');
                    if (space < 0 || quote < 0) {
                        throw problem(lineNumber, "expected msgctxt, msgid, msgid_plural or msgstr");
                    }
                    keyword = raw.substring(0, Math.min(space, quote)).strip();
                    value = new StringBuilder(unquote(raw.substring(quote), lineNumber));
                    if (keyword.startsWith("msgstr") && !entry.obsolete) {
                        entry.strStart = entry.strStart < 0 ? at + text.substring(at, end).indexOf('m') : entry.strStart;
                        entry.strEnd = end;
                        entry.strLines.add(new int[] {at, end});
                    } else if (!keyword.matches("msgctxt|msgid|msgid_plural|msgstr(\\[\\d+])?")) {
                        throw problem(lineNumber, "unknown keyword " + keyword);
                    }
                }
            }
            at = next;
        }
        finish(entry, keyword, value, entries);
        return entries;
    }

    private static void comment(Entry entry, String line) {
        if (line.startsWith("#,")) {
            for (String flag : line.substring(2).split(",")) {
                if (!flag.isBlank()) {
                    entry.flags.add(flag.strip());
                }
            }
        } else if (line.startsWith("#.") || line.equals("#") || line.startsWith("# ")) {
            entry.comments.add(line.substring(line.startsWith("#.") ? 2 : 1).strip());
        }
    }

    /** Stores the keyword just read in its entry; with {@code entries}, the entry is complete. */
    private static void finish(Entry entry, String keyword, StringBuilder value, List<Entry> entries) {
        if (entry == null) {
            return;
        }
        if (keyword != null && value != null) {
            switch (keyword) {
                case "msgctxt" -> entry.context = value.toString();
                case "msgid" -> entry.id = entry.id == null ? value.toString() : entry.id;
                case "msgid_plural" -> entry.idPlural = value.toString();
                default -> { }
            }
        }
        if (entries != null && (entry.id != null || entry.obsolete)) {
            if (entry.unit() && entry.strStart < 0) {
                throw problem(entry.line, "the entry has no msgstr");
            }
            entries.add(entry);
        }
    }

    private static String unquote(String quoted, int line) {
        try {
            return PoString.unquote(quoted, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw problem(line, e.getMessage());
        }
    }

    private static InterchangeException problem(int line, String what) {
        return new InterchangeException("PO line " + line + ": " + what + ".");
    }
}
