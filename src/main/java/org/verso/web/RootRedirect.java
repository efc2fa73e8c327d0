package org.verso.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The site's root (where a login lands) sends people to their start page ({@code /start}: My work for translators
 * and reviewers, the document list for the others). A JAX-RS class at "/" would take every unmatched top-level
 * path as its own and answer 404 for the other pages, so the root is a plain route instead.
 */
@ApplicationScoped
class RootRedirect {

    void install(@Observes Router router) {
        router.get("/").order(-100).handler(ctx -> ctx.redirect("/start"));
    }
}
