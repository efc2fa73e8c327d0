package org.verso.task;

/**
 * Where a document's target language stands: TRANSLATING until every translatable segment is translated, REVIEW
 * until every one is approved, then DONE; a rejected segment sends it back to TRANSLATING. Written in lower case in
 * the API ({@code translating|review|done}).
 */
public enum TaskStage {
    TRANSLATING, REVIEW, DONE;

    /** The API's name: {@code translating}, {@code review}, {@code done}. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
