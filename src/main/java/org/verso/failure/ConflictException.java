package org.verso.failure;

import java.util.Map;

/** The action clashes with the current state: a stale version, an unfinished export, a duplicate name. */
public class ConflictException extends DomainException {

    private final Map<String, Object> details;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> details) {
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
