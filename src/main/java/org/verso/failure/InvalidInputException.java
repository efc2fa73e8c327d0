package org.verso.failure;

import java.util.function.Function;

/** The request itself is wrong: a missing field, an unknown language, an unreadable file. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String message) {
        super(Kind.INVALID, message);
    }

    public <B> InvalidInputException(Class<B> bundle, Function<B, String> message) {
        super(Kind.INVALID, bundle, message);
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
