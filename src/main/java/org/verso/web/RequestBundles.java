package org.verso.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.verso.failure.Bundles;

/**
 * The request's language as a {@link Bundles}, for packages that put findings or failures into words without
 * depending on {@code web}: they inject {@code Bundles}. Only usable while a request is active.
 */
@RequestScoped
public class RequestBundles implements Bundles {

    @Inject
    UiLocale ui;

    @Override
    public <B> B bundle(Class<B> type) {
        return ui.bundle(type);
    }

    @Override
    public String language() {
        return ui.getLanguage();
    }
}
