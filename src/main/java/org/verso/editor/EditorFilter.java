package org.verso.editor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.verso.qa.Severity;
import org.verso.translation.TranslationStatus;

/**
 * The editor's filter: by status ({@code TODO} is everything a reviewer has not approved yet), or by what the quality
 * checks find on the current translation now ({@code ERRORS}, {@code WARNINGS}: at least one such finding that nobody
 * marked "not an error here").
 */
public enum EditorFilter {
    ALL(EnumSet.allOf(TranslationStatus.class), null),
    TODO(EnumSet.complementOf(EnumSet.of(TranslationStatus.APPROVED)), null),
    UNTRANSLATED(EnumSet.of(TranslationStatus.NEW), null),
    DRAFT(EnumSet.of(TranslationStatus.DRAFT, TranslationStatus.FUZZY), null),
    TRANSLATED(EnumSet.of(TranslationStatus.TRANSLATED), null),
    REJECTED(EnumSet.of(TranslationStatus.REJECTED), null),
    APPROVED(EnumSet.of(TranslationStatus.APPROVED), null),
    ERRORS(EnumSet.allOf(TranslationStatus.class), Severity.ERROR),
    WARNINGS(EnumSet.allOf(TranslationStatus.class), Severity.WARNING);

    private final Set<TranslationStatus> statuses;
    private final Severity finding;

    EditorFilter(Set<TranslationStatus> statuses, Severity finding) {
        this.statuses = statuses;
        this.finding = finding;
    }

    public Set<TranslationStatus> statuses() {
        return statuses;
    }

    /** The severity a segment's findings must include to show; null for a status filter. */
    public Severity finding() {
        return finding;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Unknown or missing values show everything rather than failing a bookmark. */
    public static EditorFilter parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst()
                .orElse(ALL);
    }
}
