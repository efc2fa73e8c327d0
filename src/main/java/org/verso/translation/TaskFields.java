package org.verso.translation;

/**
 * A language's task as a person asks for it (when adding the language, or later): usernames, a due time as typed
 * (an ISO-8601 instant) and a priority ({@code breaking|normal|low}); any of them may be null. The core only carries
 * it to {@link LanguageTaskRequested}; the task package checks and keeps it.
 */
public record TaskFields(String translator, String reviewer, String due, String priority) {

    public static final TaskFields NONE = new TaskFields(null, null, null, null);

    /** Nothing asked for: every field null or blank. */
    public boolean isEmpty() {
        return blank(translator) && blank(reviewer) && blank(due) && blank(priority);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
