package org.verso.failure;

/** The request itself is wrong: a missing field, an unknown language, an unreadable file. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String message) {
        super(Kind.INVALID, message);
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
