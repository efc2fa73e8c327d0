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
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The admin's user list: create, roles and languages, password reset, disable and enable, everyone's tokens. */
@Path("/users")
@RolesAllowed(Role.ADMIN_NAME)
class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users, List<TokenView> tokens);
    }

    private final UserService users;
    private final TokenService tokens;

    UserPages(UserService users, TokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.users(users.listUsers(), tokens.allTokens());
    }

    /** Disables an account (its sessions end at once) or enables it again. */
    @POST
    @Path("{username}/disabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath String username, @RestForm boolean disabled) {
        users.updateUser(username, new UserUpdate(null, null, null, disabled));
        return Response.seeOther(URI.create("/users")).build();
    }

    /** Roles and languages ("ru, fa"; empty: every language), as the API's PUT. */
    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath String username, @RestForm List<String> roles, @RestForm String languages) {
        List<String> tags = languages == null ? List.of() : Arrays.stream(languages.split("[,\\s]+"))
                .filter(t -> !t.isBlank()).toList();
        users.updateUser(username, new UserUpdate(roles == null ? List.of() : roles, tags, null));
        return Response.seeOther(URI.create("/users")).build();
    }

    /** A temporary password: the user's sessions end and they must choose a new one at their next login. */
    @POST
    @Path("{username}/reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@RestPath String username, @RestForm String password) {
        users.resetPassword(username, password);
        return Response.seeOther(URI.create("/users")).build();
    }

    @POST
    @Path("tokens/{id}/delete")
    public Response revokeToken(@RestPath long id) {
        tokens.revoke(id);
        return Response.seeOther(URI.create("/users#tokens")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm List<String> roles) {
        users.createUser(new NewUser(username, password, roles));
        return Response.seeOther(URI.create("/users")).build();
    }
}
