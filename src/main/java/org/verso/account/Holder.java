package org.verso.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.HashSet;
import java.util.Set;

/**
 * Who a live session, a checked password or a valid API token belongs to, as stored now: the username, the roles
 * (with "lang:" assignments), whether an admin's reset asks for a new password first, and the interface language. One place builds the
 * security identity from it, so every way in carries the same marks.
 */
record Holder(String username, Set<String> roles, boolean mustChangePassword, String language) {

    /** Identity attribute: true while the user must choose a new password ({@link AccessFilter}). */
    static final String MUST_CHANGE_PASSWORD = "verso.must-change-password";
    /** Identity attribute: the scopes of the API token the request came with; absent for sessions and Basic. */
    static final String SCOPES = "verso.token-scopes";

    static Holder of(User user) {
        return new Holder(user.username, Set.of(user.roles.split(",")), user.mustChangePassword, user.language);
    }

    /** The identity of a login by session or password. */
    SecurityIdentity identity() {
        return builder(roles).build();
    }

    /**
     * The identity of a request with an API token: the user's roles, except admin without the token's admin scope,
     * and the scopes, which {@link AccessFilter} checks against the request's method.
     */
    SecurityIdentity identity(Set<String> scopes) {
        Set<String> granted = new HashSet<>(roles);
        if (!scopes.contains(TokenScope.ADMIN.id())) {
            granted.remove(Role.ADMIN_NAME);
        }
        return builder(granted).addAttribute(SCOPES, Set.copyOf(scopes)).build();
    }

    private QuarkusSecurityIdentity.Builder builder(Set<String> granted) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(granted)
                .addAttribute(MUST_CHANGE_PASSWORD, mustChangePassword)
                .addAttribute(ProfileService.LANGUAGE_ATTRIBUTE, language == null ? "" : language);
    }
}
