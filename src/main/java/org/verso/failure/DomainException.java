package org.verso.failure;

import java.util.Map;

/**
 * A failure the user can act on. Its message is shown to people as is, so it says what is wrong and what to do;
 * {@code web} maps each {@link Kind} to an HTTP status once, for pages and API alike.
 */
public abstract class DomainException extends RuntimeException {

    /** The category decides the HTTP status; the subclass only adds a readable message and details. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), TOO_MANY(429), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    protected DomainException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A short title for the problem document and the error page. */
    public abstract String title();

    /** Extra members for the problem document; empty unless a client can act on them. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
