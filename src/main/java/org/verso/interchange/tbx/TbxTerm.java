package org.verso.interchange.tbx;

import java.util.Locale;
import java.util.Map;

/** A term of a concept while its {@code <termSec>}, {@code <tig>} or {@code <ntig>} is read. */
final class TbxTerm {

    /** administrativeStatus (TBX-Basic) and normativeAuthorization (TBX 2008) values, as Verso's statuses. */
    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("preferredterm-admn-sts", GlossaryEntry.PREFERRED),
            Map.entry("admittedterm-admn-sts", GlossaryEntry.ADMITTED),
            Map.entry("deprecatedterm-admn-sts", GlossaryEntry.FORBIDDEN),
            Map.entry("supersededterm-admn-sts", GlossaryEntry.FORBIDDEN),
            Map.entry("preferredterm", GlossaryEntry.PREFERRED),
            Map.entry("standardizedterm", GlossaryEntry.PREFERRED),
            Map.entry("admittedterm", GlossaryEntry.ADMITTED),
            Map.entry("deprecatedterm", GlossaryEntry.FORBIDDEN),
            Map.entry("supersededterm", GlossaryEntry.FORBIDDEN));

    final String language;
    final int line;
    String text;
    String partOfSpeech;
    String status;

    TbxTerm(String language, int line) {
        this.language = language;
        this.line = line;
    }

    /** An unknown value leaves the status unstated rather than guessing. */
    void status(String value) {
        status = STATUSES.get(value.strip().toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return text == null || text.isBlank();
    }
}
