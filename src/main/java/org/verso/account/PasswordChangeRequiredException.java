package org.verso.account;

import org.verso.failure.DomainException;

/** An admin reset this user's password: until they choose a new one, nothing else is allowed. */
class PasswordChangeRequiredException extends DomainException {

    PasswordChangeRequiredException() {
        super(Kind.FORBIDDEN, ErrAccount.class, ErrAccount::passwordChangeRequired);
    }

    @Override
    public String title() {
        return "Password change required";
    }
}
