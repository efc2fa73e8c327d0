package org.verso.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.verso.failure.InvalidInputException;

/** Each person's own account: who they are, e-mail, time zone, password. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile")
class ProfileApi {

    /** Null keeps the current value; an empty text (or list) clears it. */
    record ProfileBody(String email, String timeZone,
                       @Schema(description = "Notification types also sent by e-mail: task_assigned,"
                               + " ready_for_review, segment_rejected, mention, task_overdue") List<String> emailNotifications,
                       @Schema(description = "Interface language: en, ru, fa or tg; \"\" to follow the browser's"
                               + " Accept-Language again") String language) {
    }

    record PasswordBody(String currentPassword, String newPassword) {
    }

    private final ProfileService profiles;
    private final Sessions sessions;
    private final SecurityIdentity identity;

    ProfileApi(ProfileService profiles, Sessions sessions, SecurityIdentity identity) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getProfile", summary = "Who I am: roles, languages, e-mail, time zone, and whether an"
            + " admin's reset asks me for a new password")
    public UserView get() {
        return profiles.profile(identity.getPrincipal().getName());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateProfile", summary = "Set my e-mail address, time zone (an IANA id such as"
            + " Europe/Moscow), the notification types I also get by e-mail (emailNotifications) and/or the interface"
            + " language (en, ru, fa, tg); a field left out stays, an empty one is cleared")
    public UserView update(ProfileBody body) {
        if (body == null) {
            throw new InvalidInputException(ErrAccount.class, m -> m.sendJsonBodyEmail());
        }
        return profiles.updateProfile(identity.getPrincipal().getName(), new ProfileService.UserUpdateFields(
                body.email(), body.timeZone(), body.emailNotifications(), body.language()));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyPassword", summary = "Change my password (also after an admin's reset); my other"
            + " sessions end, this one stays; 204")
    @APIResponse(responseCode = "204", description = "The new password holds; other sessions ended")
    public void changePassword(PasswordBody body, RoutingContext http) {
        if (body == null) {
            throw new InvalidInputException(ErrAccount.class, m -> m.sendJsonBodyCurrentpassword());
        }
        profiles.changePassword(identity.getPrincipal().getName(), body.currentPassword(), body.newPassword(),
                sessions.currentToken(http));
    }
}
