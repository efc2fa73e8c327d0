package org.verso.interchange.po;

/**
 * A translated gettext entry. For plural entries the pair is {@code msgid} / {@code msgstr[0]}: a memory holds
 * sentence pairs, and the other plural forms translate {@code msgid_plural} into forms the source lacks.
 *
 * @param line line of the {@code msgid} keyword
 * @param context {@code msgctxt}, or null when the entry has none
 */
public record PoEntry(int line, String context, String source, String target) {
}
