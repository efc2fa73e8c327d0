package org.verso.translation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.verso.interchange.catalog.PluralText;
import org.verso.qa.QaIssue;

/**
 * The state of one segment in one language after a read or a save. For a catalog's plural unit, {@code forms} holds
 * the translation's form per CLDR category of the language and {@code text} its {@code other} form; null otherwise.
 */
public record SavedTranslation(@Schema(required = true) long segmentId, @Schema(required = true) String language,
                               String text,
                               @Schema(required = true, enumeration = {"NEW", "DRAFT", "FUZZY", "TRANSLATED", "REJECTED", "APPROVED"}) String status,
                               @Schema(required = true) int version,
                               String updatedBy, Instant updatedAt, List<QaIssue> issues,
                               @Schema(description = "A plural's forms by CLDR category (one, few, many, other…)")
                               Map<String, String> forms) {

    static SavedTranslation of(Translation t) {
        return of(t, List.of());
    }

    /** With the quality-check findings on the text just saved. */
    static SavedTranslation of(Translation t, List<QaIssue> issues) {
        boolean plural = PluralText.isPlural(t.text);
        return new SavedTranslation(t.segmentId, t.language, plural ? PluralText.other(t.text) : t.text,
                t.status.name(), t.version, t.updatedBy, t.updatedAt, List.copyOf(issues),
                plural ? PluralText.decode(t.text) : null);
    }

    /** The text as stored: a plural's forms in one text ({@link PluralText}), else {@code text}. */
    public String storedText() {
        return forms == null ? text : PluralText.encode(forms);
    }
}
