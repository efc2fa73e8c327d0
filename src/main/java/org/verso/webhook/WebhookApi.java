package org.verso.webhook;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.verso.account.Role;

/** Webhooks and their delivery log (admins). */
@Path("/api/webhooks")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
class WebhookApi {

    private final WebhookService webhooks;
    private final SecurityIdentity identity;

    WebhookApi(WebhookService webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook {url, secret, events} (admins); 201."
            + " Events: document.imported, language.ready_for_review, language.finished, segment.rejected,"
            + " task.overdue. 400 for a URL that is not http(s) or that verso.webhooks.allow refuses")
    @APIResponse(responseCode = "201", description = "The webhook, without its secret; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    public Response create(NewWebhook body) {
        WebhookView created = webhooks.register(body, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Every webhook, without secrets (admins)")
    @APIResponse(responseCode = "200", description = "The webhooks, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    @APIResponse(responseCode = "403", description = "Only admins see webhooks")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook with its pending deliveries and log; 204")
    @APIResponse(responseCode = "204", description = "It is gone")
    public void delete(@RestPath long id) {
        webhooks.delete(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook's newest 200 delivery attempts, newest"
            + " first: {id, event, status (delivered|failed), attempts (this attempt's number), responseMs, at,"
            + " responseStatus, error, messageId}")
    @APIResponse(responseCode = "200", description = "The attempts, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Only admins see webhooks")
    public List<DeliveryView> deliveries(@RestPath long id) {
        return webhooks.deliveries(id);
    }
}
