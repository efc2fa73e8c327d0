package org.verso.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.failure.InvalidInputException;

/** Users, for admins. */
@Path("/api/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
class UserApi {

    private final UserService users;

    UserApi(UserService users) {
        this.users = users;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user with roles admin, translator and/or reviewer")
    public Response create(NewUser body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body with username, password and roles.");
        }
        UserView created = users.createUser(body);
        return Response.created(URI.create("/api/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's roles, assigned languages (empty: every language) and/or password")
    public UserView update(@RestPath String username, UserUpdate body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body with roles, languages and/or password.");
        }
        return users.updateUser(username, body);
    }

    @GET
    @Operation(summary = "List users")
    public List<UserView> list() {
        return users.listUsers();
    }
}
