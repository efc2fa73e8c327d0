package org.verso.interchange.xliff;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the document's unit ids into XLIFF unit ids: valid NMTOKENs, unique in the file. Ids that already
 * qualify pass unchanged, so a translated file can be matched back to its segments.
 */
final class UnitIds {

    /** A conservative subset of NMTOKEN characters that every XLIFF tool accepts in ids and fragment links. */
    private static final Pattern NOT_ID_CHAR = Pattern.compile("[^A-Za-z0-9._-]");

    private final Set<String> used = new HashSet<>();

    String next(String raw) {
        String base = raw == null || raw.isBlank() ? "u" : NOT_ID_CHAR.matcher(raw.strip()).replaceAll("_");
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
