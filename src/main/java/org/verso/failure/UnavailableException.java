package org.verso.failure;

/** A service Verso depends on (a machine translation engine) cannot answer now; trying later may work. */
public class UnavailableException extends DomainException {

    public UnavailableException(String message) {
        super(Kind.UNAVAILABLE, message);
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
