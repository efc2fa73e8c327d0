package org.verso.webhook;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.verso.account.Role;

/** The admins' Webhooks page (list, register, remove) and each webhook's deliveries. */
@Path("/webhooks")
@RolesAllowed(Role.ADMIN_NAME)
class WebhookPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(List<WebhookView> webhooks, List<String> events);

        static native TemplateInstance deliveries(WebhookView webhook, List<DeliveryView> deliveries);
    }

    private final WebhookService webhooks;
    private final SecurityIdentity identity;

    WebhookPages(WebhookService webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.webhooks(webhooks.list(), WebhookService.EVENTS);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String url, @RestForm String secret, @RestForm List<String> events) {
        WebhookView created = webhooks.register(new NewWebhook(url, secret, events),
                identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/webhooks/" + created.id())).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance deliveries(@RestPath long id) {
        return Templates.deliveries(webhooks.get(id), webhooks.deliveries(id));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        webhooks.delete(id);
        return Response.seeOther(URI.create("/webhooks")).build();
    }
}
