package org.verso.account;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is acting, as the security layer knows them; services decide permissions from this, not resources. */
public record Actor(String username, Set<String> roles) {

    public static Actor of(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()));
    }

    public boolean isReviewer() {
        return roles.contains(Role.REVIEWER_NAME) || roles.contains(Role.ADMIN_NAME);
    }

    /** The desk editor's rights (import, add languages, skip, rename, archive): editors and admins. */
    public boolean isEditor() {
        return roles.contains(Role.EDITOR_NAME) || roles.contains(Role.ADMIN_NAME);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN_NAME);
    }

    /** The languages assigned to this user; none assigned means every language. */
    public Set<String> languages() {
        return roles.stream().filter(r -> r.startsWith(Role.LANGUAGE_PREFIX))
                .map(r -> r.substring(Role.LANGUAGE_PREFIX.length())).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this user may edit or review {@code language} (a normalized tag): admins everywhere. */
    public boolean worksIn(String language) {
        Set<String> assigned = languages();
        return isAdmin() || assigned.isEmpty() || assigned.contains(language);
    }
}
