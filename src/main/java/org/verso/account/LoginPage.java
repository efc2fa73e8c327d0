package org.verso.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** The login form; it posts to /j_security_check ({@link LoginAction}). */
@Path("/login")
@PermitAll
class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@RestQuery boolean error) {
        return Templates.login(error);
    }
}
