package org.verso.translation;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/** Who is acting, as the security layer knows them; services decide permissions from this, not resources. */
public record Actor(String username, Set<String> roles) {

    public static Actor of(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()));
    }

    public boolean isReviewer() {
        return roles.contains("reviewer") || roles.contains("admin");
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }
}
