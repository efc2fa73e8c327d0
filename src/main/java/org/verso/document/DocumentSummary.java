package org.verso.document;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.verso.language.LanguageTags;

/** A document as lists and pages show it; {@code archived} (and who archived it) is null for one in use. */
public record DocumentSummary(@Schema(required = true) long id, @Schema(required = true) String title,
                              @Schema(required = true) String sourceLanguage,
                              @Schema(required = true, enumeration = {"text", "markdown", "html", "xliff"}) String format,
                              @Schema(required = true) int segmentCount, @Schema(required = true) int paragraphCount, Instant created, String createdBy, String segmentationRules,
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
