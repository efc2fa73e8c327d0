package org.verso.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Swagger UI's page starts itself with an inline script, which the site-wide policy ({@code script-src 'self'})
 * forbids, so the page stayed blank. Its own answers (and only those, behind login) get a policy that allows inline
 * scripts and styles from Verso itself and nothing from elsewhere; every other answer keeps the site's.
 */
@ApplicationScoped
class SwaggerUiPolicy {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(-170).handler(this::relax);
    }

    private void relax(RoutingContext ctx) {
        if (ctx.normalizedPath().startsWith("/q/swagger-ui")) {
            ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Content-Security-Policy", POLICY));
        }
        ctx.next();
    }
}
