package org.verso.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.verso.account.Actor;
import org.verso.account.Role;

/** The logged-in person as pages see them ({@code inject:viewer}); also turns the identity into an {@link Actor}. */
@RequestScoped
@Named("viewer")
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }

    public boolean isReviewer() {
        return identity.hasRole(Role.REVIEWER_NAME) || isAdmin();
    }

    /** May import, add languages, skip segments, rename and archive: editors and admins. */
    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR_NAME) || isAdmin();
    }

    public Actor actor() {
        return Actor.of(identity);
    }
}
