package org.verso.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.verso.failure.NotAllowedException;
import org.verso.htmx.Htmx;

/**
 * Two limits the roles do not express, checked on every request to a resource: a user whose password an admin reset
 * may only choose a new one (pages lead there, the API answers 403 "Password change required"), and an API token
 * without the write scope may only read (GET, HEAD).
 */
class AccessFilter {

    static final String CHANGE_PASSWORD_PAGE = "/profile/password";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** What someone whose password was reset may still do. */
    private static final Set<String> WHILE_RESET = Set.of("GET " + CHANGE_PASSWORD_PAGE,
            "POST " + CHANGE_PASSWORD_PAGE, "POST /api/me/password", "GET /api/me", "POST /logout", "GET /login");

    private final SecurityIdentity identity;

    AccessFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    Response check(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return null;
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (Boolean.TRUE.equals(identity.getAttribute(Holder.MUST_CHANGE_PASSWORD))
                && !WHILE_RESET.contains(method + " " + path)) {
            if (path.startsWith("/api/")) {
                throw new PasswordChangeRequiredException();
            }
            if ("true".equalsIgnoreCase(request.getHeaderString(Htmx.REQUEST))) {
                return Response.ok().header(Htmx.REDIRECT, CHANGE_PASSWORD_PAGE).build();
            }
            return Response.seeOther(URI.create(CHANGE_PASSWORD_PAGE)).build();
        }
        Set<String> scopes = identity.getAttribute(Holder.SCOPES);
        if (scopes != null && !READS.contains(method) && !scopes.contains(TokenScope.WRITE.id())) {
            throw new NotAllowedException(ErrAccount.class, m -> m.apiTokenMayOnly(String.join(", ", scopes)));
        }
        return null;
    }
}
