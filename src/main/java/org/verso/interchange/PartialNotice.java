package org.verso.interchange;

/** The sentence every writer puts into a partial export, so a reader of the file knows it is unfinished. */
public final class PartialNotice {

    private PartialNotice() {
    }

    /** For example "Partial translation: 2 of 9 segments are not approved and appear in the source language." */
    public static String of(BilingualDocument doc) {
        long total = doc.paragraphs().stream()
                .flatMap(paragraph -> paragraph.units().stream())
                .filter(BilingualUnit::translatable)
                .count();
        return "Partial translation: " + doc.missing() + " of " + total
                + " segments are not approved and appear in the source language.";
    }
}
