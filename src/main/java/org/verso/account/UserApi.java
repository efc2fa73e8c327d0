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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(operationId = "createUser",
            summary = "Create a user with roles admin, editor, translator and/or reviewer")
    @APIResponse(responseCode = "201", description = "The new user; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(NewUser body) {
        if (body == null) {
            throw new InvalidInputException(ErrAccount.class, m -> m.sendJsonBodyUsername());
        }
        UserView created = users.createUser(body);
        return Response.created(URI.create("/api/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateUser",
            summary = "Change a user's roles, assigned languages (empty: every language) and/or password")
    @APIResponse(responseCode = "200", description = "The changed user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "The last admin can be neither demoted nor disabled")
    public UserView update(@RestPath String username, UserUpdate body) {
        if (body == null) {
            throw new InvalidInputException(ErrAccount.class, m -> m.sendJsonBodyRoles());
        }
        return users.updateUser(username, body);
    }

    /** The temporary password the user logs in with once, to choose their own. */
    record ResetBody(String password) {
    }

    @POST
    @Path("{username}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetUserPassword", summary = "Reset a user's password to a temporary one: their sessions end, and until they choose a new"
            + " one (POST /api/me/password) every other request answers 403 \"Password change required\"")
    public UserView resetPassword(@RestPath String username, ResetBody body) {
        if (body == null) {
            throw new InvalidInputException(ErrAccount.class, m -> m.sendJsonBodyTemporary());
        }
        return users.resetPassword(username, body.password());
    }

    @POST
    @Path("{username}/disable")
    @Operation(operationId = "disableUser", summary = "Disable an account: it cannot log in, and its sessions and API tokens stop working at once")
    public UserView disable(@RestPath String username) {
        return users.updateUser(username, new UserUpdate(null, null, null, true));
    }

    @POST
    @Path("{username}/enable")
    @Operation(operationId = "enableUser", summary = "Enable a disabled account again (its API tokens work again; sessions need a new login)")
    public UserView enable(@RestPath String username) {
        return users.updateUser(username, new UserUpdate(null, null, null, false));
    }

    @GET
    @Operation(operationId = "listUsers",
            summary = "List users")
    @APIResponse(responseCode = "200", description = "The users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Only admins list users")
    public List<UserView> list() {
        return users.listUsers();
    }
}
