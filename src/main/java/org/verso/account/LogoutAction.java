package org.verso.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Logging out drops the session cookie; the form login keeps no server-side session to end. */
@Path("/logout")
@PermitAll
class LogoutAction {

    /** Quarkus form authentication's default session cookie. */
    private static final String SESSION_COOKIE = "quarkus-credential";

    @POST
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).value("").build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }
}
