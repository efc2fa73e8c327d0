package org.verso.failure;

import java.util.Map;
import java.util.function.Function;

/** The action clashes with the current state: a stale version, an unfinished export, a duplicate name. */
public class ConflictException extends DomainException {

    private final Map<String, Object> details;

    public ConflictException(String message) {
        this(Message.verbatim(message), Map.of());
    }

    public <B> ConflictException(Class<B> bundle, Function<B, String> message) {
        this(Message.of(bundle, message), Map.of());
    }

    public <B> ConflictException(Class<B> bundle, Function<B, String> message, Map<String, Object> details) {
        this(Message.of(bundle, message), details);
    }

    public ConflictException(Message message, Map<String, Object> details) {
        super(Kind.CONFLICT, message);
        this.details = Map.copyOf(details);
    }

    @Override
    public String title() {
        return "Conflict";
    }

    @Override
    public Map<String, Object> details() {
        return details;
    }
}
