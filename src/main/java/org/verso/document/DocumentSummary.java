package org.verso.document;

import java.time.Instant;

public record DocumentSummary(long id, String title, String sourceLanguage, String format, int segmentCount,
                              int paragraphCount, Instant created, String createdBy) {

    public boolean sourceRightToLeft() {
        return LanguageTags.isRightToLeft(sourceLanguage);
    }
}
