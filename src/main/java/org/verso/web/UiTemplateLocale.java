package org.verso.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Every template rendered while answering an HTTP request speaks the request's interface language ({@link UiLocale}:
 * the person's profile choice, else Accept-Language, else English). It sets the instance's {@code locale} attribute,
 * which message bundles read before quarkus-rest-qute's own Accept-Language variant, so a profile choice wins.
 * A template rendered for someone else (a notification e-mail for its recipient) sets its locale after this.
 * Quarkus does not pick up initializer beans by itself: this one joins the engine as it is built.
 */
@Singleton
class UiTemplateLocale implements TemplateInstance.Initializer {

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        if (current == null || current.getCurrent() == null) {
            return;
        }
        instance.setLocale(Arc.container().instance(UiLocale.class).get().locale());
    }
}
