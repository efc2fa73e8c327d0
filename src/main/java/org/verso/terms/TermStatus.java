package org.verso.terms;

import java.util.Locale;
import java.util.Optional;

/**
 * A glossary entry's standing: the term to use, a term that may be used, or a term that must not be used. One enum
 * for the glossary that stores it and the check that acts on it, so neither compares strings; the lower-case
 * {@link #code} is what the API, the pages, the files and the database hold, and stays as it is.
 */
public enum TermStatus {
    PREFERRED,
    ADMITTED,
    FORBIDDEN;

    /** "preferred", "admitted", "forbidden": the status as stored and as the API shows it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a code names, ignoring case and surrounding spaces; empty for anything else. */
    public static Optional<TermStatus> fromCode(String code) {
        for (TermStatus status : values()) {
            if (code != null && status.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
