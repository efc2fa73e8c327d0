package org.verso.editor;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The one answer Verso lets a page of its own frame: an HTML article's preview page. Every other answer keeps the
 * site-wide {@code frame-ancestors 'none'}. The article page is third-party markup, so its policy is stricter than
 * the site's in what runs — a sandbox without scripts, forms or plugins — and looser only in what it may show: the
 * article's own style sheets, images and fonts wherever they live, so the page looks as it will be published.
 */
@ApplicationScoped
class PreviewFraming {

    private static final Pattern PAGE = Pattern.compile("/documents/\\d+/[^/]+/preview/page");
    static final String POLICY = "sandbox allow-same-origin; default-src 'none'; style-src * 'unsafe-inline' data:; "
            + "img-src * data:; font-src * data:; media-src *; form-action 'none'; base-uri 'none'; "
            + "frame-ancestors 'self'";

    void install(@Observes Router router) {
        router.route().order(-180).handler(this::frame);
    }

    private void frame(RoutingContext ctx) {
        if (PAGE.matcher(ctx.normalizedPath()).matches()) {
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 200) {
                    ctx.response().putHeader("Content-Security-Policy", POLICY);
                    ctx.response().putHeader("X-Frame-Options", "SAMEORIGIN");
                }
            });
        }
        ctx.next();
    }
}
