package org.verso.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four roles; their lower-case names are what security annotations and the API use. The editor runs the desk:
 * imports articles, adds languages, skips segments, renames and archives documents; an admin may do all of it too.
 */
public enum Role {
    ADMIN, TRANSLATOR, REVIEWER, EDITOR;

    public static final String ADMIN_NAME = "admin";
    public static final String TRANSLATOR_NAME = "translator";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String EDITOR_NAME = "editor";
    /**
     * A language assigned to a user is stored beside their roles as "lang:ru", so the security identity carries it
     * to every request without another query.
     */
    public static final String LANGUAGE_PREFIX = "lang:";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
