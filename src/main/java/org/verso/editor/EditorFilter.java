package org.verso.editor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.verso.translation.TranslationStatus;

/** The editor's status filter; {@code TODO} is everything a reviewer has not approved yet. */
public enum EditorFilter {
    ALL(EnumSet.allOf(TranslationStatus.class)),
    TODO(EnumSet.complementOf(EnumSet.of(TranslationStatus.APPROVED))),
    UNTRANSLATED(EnumSet.of(TranslationStatus.NEW)),
    DRAFT(EnumSet.of(TranslationStatus.DRAFT, TranslationStatus.FUZZY)),
    TRANSLATED(EnumSet.of(TranslationStatus.TRANSLATED)),
    REJECTED(EnumSet.of(TranslationStatus.REJECTED)),
    APPROVED(EnumSet.of(TranslationStatus.APPROVED));

    private final Set<TranslationStatus> statuses;

    EditorFilter(Set<TranslationStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<TranslationStatus> statuses() {
        return statuses;
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
