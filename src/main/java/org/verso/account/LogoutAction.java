package org.verso.account;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Logging out ends the session on the server (its cookie opens nothing any more, anywhere) and drops the cookie. */
@Path("/logout")
@PermitAll
class LogoutAction {

    private final Sessions sessions;
    private final SessionMechanism mechanism;

    LogoutAction(Sessions sessions, SessionMechanism mechanism) {
        this.sessions = sessions;
        this.mechanism = mechanism;
    }

    @POST
    public Response logout(RoutingContext http) {
        Cookie cookie = http.request().getCookie(sessions.config().cookieName());
        if (cookie != null && !cookie.getValue().isEmpty()) {
            sessions.end(cookie.getValue());
        }
        mechanism.clear(http);
        return Response.seeOther(URI.create("/login")).build();
    }
}
