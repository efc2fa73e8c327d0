package org.verso.terms;

/**
 * Where a term occurs in a source text.
 *
 * @param termId the {@link SearchTerm#id()} found
 * @param start index of the first char of the occurrence in the text
 * @param end index after its last char
 * @param matchedText the text between, as it stands in the source ("Troops", "войсками")
 */
public record TermHit(long termId, int start, int end, String matchedText) {

    int length() {
        return end - start;
    }

    boolean overlaps(TermHit other) {
        return start < other.end && other.start < end;
    }

    boolean sameSpan(TermHit other) {
        return start == other.start && end == other.end;
    }
}
