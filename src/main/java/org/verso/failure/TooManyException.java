package org.verso.failure;

/** A person asked for more of something than one person may have at once (open background jobs); 429. */
public class TooManyException extends DomainException {

    public TooManyException(String message) {
        super(Kind.TOO_MANY, message);
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
