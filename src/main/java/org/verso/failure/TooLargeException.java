package org.verso.failure;

/** An upload or pasted article over the configured limit. */
public class TooLargeException extends DomainException {

    public TooLargeException(String message) {
        super(Kind.TOO_LARGE, message);
    }

    @Override
    public String title() {
        return "Too large";
    }
}
