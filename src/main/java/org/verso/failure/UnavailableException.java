package org.verso.failure;

import java.util.function.Function;

/** A service Verso depends on (a machine translation engine) cannot answer now; trying later may work. */
public class UnavailableException extends DomainException {

    public UnavailableException(String message) {
        super(Kind.UNAVAILABLE, message);
    }

    public <B> UnavailableException(Class<B> bundle, Function<B, String> message) {
        super(Kind.UNAVAILABLE, bundle, message);
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
