package org.verso.failure;

import java.util.function.Function;

/** The user is known but their role does not permit this action (a translator approving, say). */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(Kind.FORBIDDEN, message);
    }

    public <B> NotAllowedException(Class<B> bundle, Function<B, String> message) {
        super(Kind.FORBIDDEN, bundle, message);
    }

    @Override
    public String title() {
        return "Not allowed";
    }
}
