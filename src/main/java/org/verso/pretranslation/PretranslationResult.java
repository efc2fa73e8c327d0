package org.verso.pretranslation;

import java.util.List;

/** What a pre-translation from memory filled: segments and words per band, and the status they were given. */
public record PretranslationResult(long documentId, String language, List<Filled> bands, int segments, int words) {

    public record Filled(String band, String status, int segments, int words) {
    }
}
