package org.verso.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * {@code Cache-Control: no-store} on every page and API answer, so a shared or back-button cache never keeps a
 * newsroom's unpublished text or a signed-in page after logout. Only the static files (styles, scripts, webjars),
 * which hold nothing of anyone's, stay cacheable; an answer that sets its own Cache-Control keeps it.
 */
@ApplicationScoped
class NoStore {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon");

    void install(@Observes Router router) {
        router.route().order(-190).handler(this::mark);
    }

    private void mark(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (STATIC.stream().noneMatch(path::startsWith)) {
            ctx.addHeadersEndHandler(v -> {
                if (!ctx.response().headers().contains("Cache-Control")) {
                    ctx.response().putHeader("Cache-Control", "no-store");
                }
            });
        }
        ctx.next();
    }
}
