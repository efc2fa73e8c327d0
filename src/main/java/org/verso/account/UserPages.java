package org.verso.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The admin's user list and the form that creates users. */
@Path("/users")
@RolesAllowed(Role.ADMIN_NAME)
class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users);
    }

    private final UserService users;

    UserPages(UserService users) {
        this.users = users;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.users(users.listUsers());
    }

    /** Disables an account (its sessions end at once) or enables it again. */
    @POST
    @Path("{username}/disabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath String username, @RestForm boolean disabled) {
        users.updateUser(username, new UserUpdate(null, null, null, disabled));
        return Response.seeOther(URI.create("/users")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm List<String> roles) {
        users.createUser(new NewUser(username, password, roles));
        return Response.seeOther(URI.create("/users")).build();
    }
}
