package org.verso.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The login form's POST (the field and path names of the Servlet convention, kept for scripts that log in this
 * way). The password goes through the same check as HTTP Basic ({@link PasswordLogin}, throttled); success opens a
 * server-side session ({@link Sessions}) and answers 303 to the document list with its cookie (to the password form
 * when an admin reset the password). A wrong password is
 * 303 to {@code /login?error=true} ({@code web.ErrorMappers}).
 */
@Path("/j_security_check")
@PermitAll
class LoginAction {

    private final IdentityProviderManager identities;
    private final Sessions sessions;
    private final SessionMechanism mechanism;

    LoginAction(IdentityProviderManager identities, Sessions sessions, SessionMechanism mechanism) {
        this.identities = identities;
        this.sessions = sessions;
        this.mechanism = mechanism;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> logIn(@RestForm("j_username") String username, @RestForm("j_password") String password,
                               RoutingContext http) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new AuthenticationFailedException("No username or password");
        }
        UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(username,
                new PasswordCredential(password.toCharArray()));
        // No request thread waits for the password check (it queues, PasswordChecks); the session's row is written
        // on a worker thread once it is done.
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, http))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(who -> {
                    mechanism.issue(http, sessions.open(who.getPrincipal().getName()));
                    boolean reset = Boolean.TRUE.equals(who.getAttribute(Holder.MUST_CHANGE_PASSWORD));
                    return Response.seeOther(URI.create(reset ? AccessFilter.CHANGE_PASSWORD_PAGE : "/")).build();
                });
    }
}
