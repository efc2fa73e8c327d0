package org.verso.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.htmx.Htmx;

/**
 * The notifications page and the bell in the top bar. The bell's count is a fragment the layout loads with htmx and
 * reloads when the shared worker of js/notices-worker.js says the notices changed (and at once after a "mark read"),
 * so the layout needs no notification code; marking read answers the row to htmx, a redirect to a plain form.
 */
@Path("/notifications")
@Authenticated
class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<NotificationView> notifications, long unread);

        static native TemplateInstance notifications$row(NotificationView n);

        static native TemplateInstance notifications$bell(long unread);
    }

    /** The htmx event after which the bell fetches its count again. */
    static final String CHANGED = "verso-notifications";

    private final NotificationService notifications;
    private final SecurityIdentity identity;

    NotificationPages(NotificationService notifications, SecurityIdentity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.notifications(notifications.mine(me()), notifications.unread(me()));
    }

    /** The bell's link with the unread count, for the top bar. */
    @GET
    @Path("bell")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance bell() {
        return Templates.notifications$bell(notifications.unread(me()));
    }

    @POST
    @Path("{id}/read")
    @Produces(MediaType.TEXT_HTML)
    public Response markRead(@RestPath long id, HttpHeaders headers) {
        NotificationView row = notifications.markRead(me(), id);
        // The bell hears this event and fetches its count again.
        return Htmx.isHtmx(headers) ? Response.ok(Templates.notifications$row(row)).header(Htmx.TRIGGER, CHANGED)
                .build() : Response.seeOther(URI.create("/notifications")).build();
    }

    @POST
    @Path("read-all")
    public Response markAllRead() {
        notifications.markAllRead(me());
        return Response.seeOther(URI.create("/notifications")).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
