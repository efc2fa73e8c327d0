package org.verso.failure;

/** The user is known but their role does not permit this action (a translator approving, say). */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(Kind.FORBIDDEN, message);
    }

    @Override
    public String title() {
        return "Not allowed";
    }
}
