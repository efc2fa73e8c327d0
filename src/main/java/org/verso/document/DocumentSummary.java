package org.verso.document;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.verso.interchange.Repair;
import org.verso.language.LanguageTags;

/** A document as lists and pages show it; {@code archived} (and who archived it) is null for one in use. */
public record DocumentSummary(@Schema(required = true) long id, @Schema(required = true) String title,
                              @Schema(required = true) String sourceLanguage,
                              @Schema(required = true, enumeration = {"text", "markdown", "html", "docx", "xliff", "po", "json", "properties", "android"})
                              String format,
                              @Schema(required = true) int segmentCount, @Schema(required = true) int paragraphCount,
                              Instant created, String createdBy, String segmentationRules,
                              int sourceVersion, Instant archived, String archivedBy, List<Repair> repairs) {

    public DocumentSummary {
        repairs = List.copyOf(repairs);
    }

    static DocumentSummary of(Document d) {
        return of(d, List.of());
    }

    /** @param repairs what the import of the current source repaired (HTML); listed for one document, not in lists */
    static DocumentSummary of(Document d, List<Repair> repairs) {
        return new DocumentSummary(d.id, d.title, d.sourceLanguage, d.format.id(), d.segmentCount, d.paragraphCount,
                d.createdAt, d.createdBy, d.segmentationRules == null ? RuleSetService.BUNDLED : d.segmentationRules,
                d.sourceVersion, d.archivedAt, d.archivedBy, repairs);
    }

    public boolean sourceRightToLeft() {
        return LanguageTags.isRightToLeft(sourceLanguage);
    }

    /** The format as the enum, for code that decides by it; {@code format} stays the API's string. */
    public SourceFormat sourceFormat() {
        return SourceFormat.fromId(format).orElse(SourceFormat.TEXT);
    }
}
