package org.verso.failure;

import java.util.function.Function;

/** A document, segment, language or user that does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(Kind.NOT_FOUND, message);
    }

    public <B> NotFoundException(Class<B> bundle, Function<B, String> message) {
        super(Kind.NOT_FOUND, bundle, message);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
