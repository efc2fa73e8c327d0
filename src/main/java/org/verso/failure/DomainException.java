package org.verso.failure;

import java.util.Map;
import java.util.function.Function;

/**
 * A failure the user can act on. Its message is shown to people, so it says what is wrong and what to do;
 * {@code web} maps each {@link Kind} to an HTTP status once, for pages and API alike. The message is a {@link Message}
 * on a bundle, put into words when it is shown: {@link #detail(Bundles)} in the viewer's language (the problem's
 * {@code detail}, the error page), {@link #getMessage()} in English (logs, a background job's stored record).
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
    private final transient Message message;

    /** A message in the words of a parser or another system, the same in every language. */
    protected DomainException(Kind kind, String message) {
        this(kind, Message.verbatim(message));
    }

    protected <B> DomainException(Kind kind, Class<B> bundle, Function<B, String> message) {
        this(kind, Message.of(bundle, message));
    }

    protected DomainException(Kind kind, Message message) {
        super();
        this.kind = kind;
        this.message = message;
    }

    /** The message in English. */
    @Override
    public String getMessage() {
        return message.english();
    }

    /** The message in the language of {@code bundles}: what the person who caused it reads. */
    public String detail(Bundles bundles) {
        return message.render(bundles);
    }

    public Message message() {
        return message;
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
