package org.verso.failure;

import java.util.function.Function;

/** A person asked for more of something than one person may have at once (open background jobs); 429. */
public class TooManyException extends DomainException {

    public TooManyException(String message) {
        super(Kind.TOO_MANY, message);
    }

    public <B> TooManyException(Class<B> bundle, Function<B, String> message) {
        super(Kind.TOO_MANY, bundle, message);
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
