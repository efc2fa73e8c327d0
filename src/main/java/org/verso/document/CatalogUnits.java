package org.verso.document;

import java.util.Objects;
import org.verso.interchange.catalog.CatalogUnit;
import org.verso.interchange.catalog.PluralText;

/** A catalog unit's key, context, notes and plural source forms on its segment. */
final class CatalogUnits {

    private CatalogUnits() {
    }

    /** Copies the unit onto the segment; an article's segment (no unit) is left as it is. */
    static void describe(Segment segment, CatalogUnit unit) {
        if (unit == null) {
            return;
        }
        segment.unitKey = unit.key();
        segment.unitContext = unit.context();
        segment.unitComment = unit.comment();
        segment.unitFlags = unit.flags();
        segment.maxLength = unit.maxLength();
        segment.pluralSource = unit.isPlural() ? PluralText.encode(unit.plural()) : null;
    }

    /** What a new version is matched by: key and context, never the text. */
    static String identity(String key, String context) {
        return key + '\u0004' + Objects.requireNonNullElse(context, "");
    }

    /** Whether a kept unit's source changed: its text or, for a plural, any of its forms. */
    static boolean changed(Segment kept, CatalogUnit next) {
        String plural = next.isPlural() ? PluralText.encode(next.plural()) : null;
        return !kept.sourceText.equals(next.text()) || !Objects.equals(kept.pluralSource, plural);
    }
}
