package org.verso.document;

import java.time.Instant;
import org.verso.language.LanguageTags;

/** A document as lists and pages show it; {@code archived} (and who archived it) is null for one in use. */
public record DocumentSummary(long id, String title, String sourceLanguage, String format, int segmentCount,
                              int paragraphCount, Instant created, String createdBy, String segmentationRules,
                              int sourceVersion, Instant archived, String archivedBy) {

    static DocumentSummary of(Document d) {
        return new DocumentSummary(d.id, d.title, d.sourceLanguage, d.format.id(), d.segmentCount, d.paragraphCount,
                d.createdAt, d.createdBy, d.segmentationRules == null ? RuleSetService.BUNDLED : d.segmentationRules,
                d.sourceVersion, d.archivedAt, d.archivedBy);
    }

    public boolean sourceRightToLeft() {
        return LanguageTags.isRightToLeft(sourceLanguage);
    }

    /** The format as the enum, for code that decides by it; {@code format} stays the API's string. */
    public SourceFormat sourceFormat() {
        return SourceFormat.fromId(format).orElse(SourceFormat.TEXT);
    }
}
