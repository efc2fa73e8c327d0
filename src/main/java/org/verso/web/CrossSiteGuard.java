package org.verso.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-site request forgery defence for every state-changing request, forms and API alike, on top of the
 * SameSite=Strict session cookie: a POST, PUT, PATCH or DELETE that a browser marks as coming from another site
 * (Sec-Fetch-Site: cross-site, or an Origin other than this server) is refused before it reaches a resource or the
 * login form. Browsers send Origin on every such request; curl and scripts send neither header and pass, as their
 * credentials are not ambient. A reverse proxy that rewrites Host lists the public origin in
 * verso.security.allowed-origins.
 */
@ApplicationScoped
class CrossSiteGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String REFUSED = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"This request came from another site, so Verso refused it. Open Verso itself and try"
            + " again.\"}";

    private final List<String> allowedOrigins;

    CrossSiteGuard(@ConfigProperty(name = "verso.security.allowed-origins") Optional<List<String>> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.orElse(List.of()).stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    void install(@Observes Router router) {
        router.route().order(-200).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (SAFE.contains(request.method()) || !crossSite(request)) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(403).putHeader("Content-Type", Problem.MEDIA_TYPE).end(REFUSED);
    }

    boolean crossSite(HttpServerRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String normalized = origin.toLowerCase(Locale.ROOT);
        if (allowedOrigins.contains(normalized)) {
            return false;
        }
        return normalized.equals("null") || !sameHost(normalized, request.getHeader("Host"));
    }

    private static boolean sameHost(String origin, String host) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && host != null && authority.equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
