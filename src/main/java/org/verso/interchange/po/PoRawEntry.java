package org.verso.interchange.po;

/**
 * An entry as the lines build it, before it is judged: which keywords came, their strings, the flags that
 * matter, and the first fault. Only {@code msgstr} / {@code msgstr[0]} is kept of the translations.
 */
final class PoRawEntry {

    /** The keyword whose string a continuation line extends; also how far the entry has come. */
    enum Part { NONE, CONTEXT, ID, PLURAL, TRANSLATION }

    Part part = Part.NONE;
    boolean comments;
    boolean obsolete;
    boolean fuzzy;
    /** Line of the first keyword; of the msgid. */
    int firstLine;
    int idLine;
    StringBuilder context;
    StringBuilder id;
    StringBuilder translation;
    /** Where continuation lines go; null when they extend a string that is not kept. */
    StringBuilder appendTo;
    String fault;
    int faultLine;

    boolean isEmpty() {
        return part == Part.NONE && !comments && fault == null;
    }

    /** Comments with no entry after them, as at the end of a file: nothing to report. */
    boolean isCommentsOnly() {
        return part == Part.NONE && fault == null;
    }

    void fail(int line, String reason) {
        if (fault == null) {
            fault = reason;
            faultLine = line;
        }
    }

    /** @return why the entry is not memory, or null when it is a translated entry; the header is not asked */
    String skipReason() {
        if (obsolete) {
            return "obsolete entry (#~)";
        }
        if (fault != null) {
            return fault;
        }
        if (part == Part.CONTEXT) {
            return "msgctxt without msgid";
        }
        if (part != Part.TRANSLATION) {
            return "msgid without msgstr";
        }
        if (id.isEmpty()) {
            return "empty msgid (only the first entry, the header, may have one)";
        }
        if (fuzzy) {
            return "marked fuzzy (#, fuzzy): a translation in doubt is not trusted as memory";
        }
        if (translation == null || translation.isEmpty()) {
            return "untranslated (empty msgstr)";
        }
        return null;
    }

    boolean isHeader(boolean first) {
        return first && fault == null && !obsolete && part == Part.TRANSLATION && id.isEmpty() && context == null;
    }

    /** The line a skip is reported on. */
    int line() {
        return fault != null && !obsolete ? faultLine : idLine > 0 ? idLine : firstLine;
    }

    PoEntry toEntry() {
        return new PoEntry(idLine, context == null ? null : context.toString(), id.toString(),
                translation.toString());
    }
}
