package org.verso.failure;

/** A document, segment, language or user that does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(Kind.NOT_FOUND, message);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
