package org.verso.interchange.po;

import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.interchange.InterchangeException;

import org.verso.interchange.po.PoRawEntry.Part;

/**
 * Groups the lines of a PO file into entries. An entry ends where the next one begins: at a comment, msgctxt or
 * msgid after its msgstr, or at a blank line once it is complete or broken. A broken entry is carried to its
 * end and reported once, so the entries after it are read as usual.
 */
final class PoParser {

    private static final Pattern KEYWORD = Pattern.compile("(msgctxt|msgid_plural|msgid|msgstr(?:\\[(\\d+)])?)(.*)");

    private final PoLines lines;
    private final Charset charset;
    private PoRawEntry current = new PoRawEntry();

    PoParser(PoLines lines, Charset charset) {
        this.lines = lines;
        this.charset = charset;
    }

    /** @return the next entry, or null at the end of the file */
    PoRawEntry next() {
        String line;
        while ((line = lines.next()) != null) {
            PoRawEntry finished = accept(line.strip(), lines.number());
            if (finished != null && !finished.isEmpty()) {
                return finished;
            }
        }
        PoRawEntry last = current;
        current = new PoRawEntry();
        return last.isEmpty() ? null : last;
    }

    /** @return the entry this line closed, if any */
    private PoRawEntry accept(String line, int number) {
        boolean obsolete = line.startsWith("#~");
        String content = obsolete ? line.substring(2).strip() : line;
        if (content.isEmpty()) {
            boolean ends = !obsolete && (current.part == Part.TRANSLATION || current.fault != null);
            return ends ? startNew() : null;
        }
        if (content.startsWith("#") || obsolete && content.startsWith("|")) {
            PoRawEntry finished = current.part == Part.TRANSLATION || current.fault != null ? startNew() : null;
            comment(content, obsolete);
            return finished;
        }
        if (content.startsWith("\"")) {
            continuation(content, number, obsolete);
            return null;
        }
        return keyword(content, number, obsolete);
    }

    private void comment(String content, boolean obsolete) {
        current.comments = true;
        current.obsolete |= obsolete;
        if (content.startsWith("#,")) {
            for (String flag : content.substring(2).split(",")) {
                current.fuzzy |= flag.strip().equals("fuzzy");
            }
        }
    }

    private void continuation(String content, int number, boolean obsolete) {
        current.obsolete |= obsolete;
        if (current.part == Part.NONE) {
            current.fail(number, "a string line outside any msgid or msgstr");
            return;
        }
        String text = unquote(content, number);
        if (text != null && current.appendTo != null) {
            current.appendTo.append(text);
            if (current.appendTo.length() > InterchangeException.MAX_UNIT_CHARS) {
                throw new InterchangeException("Line " + number + " of the PO file: the string is longer than "
                        + InterchangeException.MAX_UNIT_CHARS + " characters, the most one unit may hold.");
            }
        }
    }

    private PoRawEntry keyword(String content, int number, boolean obsolete) {
        Matcher keyword = KEYWORD.matcher(content);
        Part part = keyword.matches() ? partOf(keyword.group(1)) : null;
        PoRawEntry finished = startsNewEntry(part) ? startNew() : null;
        current.obsolete |= obsolete;
        if (part == null) {
            current.fail(number, "not a PO line: " + abbreviate(content));
        } else {
            add(part, keyword.group(2), keyword.group(3), number);
        }
        return finished;
    }

    /** A broken line before any keyword (garbage, a stray msgstr) is an entry of its own. */
    private boolean startsNewEntry(Part part) {
        Part last = current.part;
        boolean brokenBeforeKeyword = last == Part.NONE && current.fault != null;
        if (part == null) {
            return last == Part.TRANSLATION;
        }
        return switch (part) {
            case CONTEXT -> last != Part.NONE || brokenBeforeKeyword;
            case ID -> last != Part.NONE && last != Part.CONTEXT || brokenBeforeKeyword;
            default -> false;
        };
    }

    private void add(Part part, String index, String rest, int number) {
        Part last = current.part;
        current.part = part;
        current.firstLine = last == Part.NONE ? number : current.firstLine;
        String text = unquote(rest, number);
        StringBuilder target = text == null ? null : new StringBuilder(text);
        current.appendTo = null;
        switch (part) {
            case CONTEXT -> current.context = current.appendTo = target;
            case ID -> {
                current.idLine = number;
                current.id = current.appendTo = target;
            }
            case PLURAL -> requireAfter(last == Part.ID, number, "msgid_plural without msgid");
            case TRANSLATION -> {
                requireAfter(last == Part.ID || last == Part.PLURAL || last == Part.TRANSLATION && index != null,
                        number, last == Part.TRANSLATION ? "a second msgstr" : "msgstr without msgid");
                if (index == null || index.matches("0+")) {
                    current.translation = current.appendTo = target;
                }
            }
            default -> throw new IllegalStateException(part.name());
        }
    }

    private void requireAfter(boolean inOrder, int number, String reason) {
        if (!inOrder) {
            current.fail(number, reason);
        }
    }

    /** @return the string, or null after recording the fault */
    private String unquote(String text, int number) {
        try {
            return PoString.unquote(text, charset);
        } catch (IllegalArgumentException e) {
            current.fail(number, e.getMessage());
            return null;
        }
    }

    private PoRawEntry startNew() {
        PoRawEntry finished = current;
        current = new PoRawEntry();
        return finished;
    }

    private static Part partOf(String keyword) {
        return switch (keyword) {
            case "msgctxt" -> Part.CONTEXT;
            case "msgid" -> Part.ID;
            case "msgid_plural" -> Part.PLURAL;
            default -> Part.TRANSLATION;
        };
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
