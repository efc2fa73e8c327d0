package org.verso.notification;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The caller's own notices. */
@Path("/api/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
class NotificationApi {

    private final NotificationService notifications;
    private final SecurityIdentity identity;

    NotificationApi(NotificationService notifications, SecurityIdentity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "My newest 200 notifications, newest first: {id, type"
            + " (task_assigned|ready_for_review|segment_rejected|mention|task_overdue), text, link, read, at}")
    public List<NotificationView> mine() {
        return notifications.mine(identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read; 204 (404 for"
            + " someone else's)")
    @APIResponse(responseCode = "204", description = "It is read")
    public void markRead(@RestPath long id) {
        notifications.markRead(identity.getPrincipal().getName(), id);
    }
}
