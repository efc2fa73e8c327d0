package org.verso.failure;

import java.util.function.Function;

/** An upload or pasted article over the configured limit. */
public class TooLargeException extends DomainException {

    public TooLargeException(String message) {
        super(Kind.TOO_LARGE, message);
    }

    public <B> TooLargeException(Class<B> bundle, Function<B, String> message) {
        super(Kind.TOO_LARGE, bundle, message);
    }

    @Override
    public String title() {
        return "Too large";
    }
}
