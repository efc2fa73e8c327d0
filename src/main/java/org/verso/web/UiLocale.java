package org.verso.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The language of Verso's own interface for this request ({@code inject:ui} in templates): the shipped language the
 * browser asks for first in {@code Accept-Language}, otherwise English. Java code that writes a person-facing message
 * takes its bundle here: {@code ui.bundle(EditorMessages.class).saved()}.
 */
@RequestScoped
@Named("ui")
public class UiLocale {

    /** The interface languages Verso ships, English first (the bundles' default). */
    public static final List<String> SHIPPED = List.of("en", "ru", "fa", "tg");

    @Inject
    HttpServerRequest request;

    private String language;

    /** The BCP 47 language of the interface: one of {@link #SHIPPED}. */
    public String getLanguage() {
        if (language == null) {
            language = choose(request == null ? null : request.getHeader("Accept-Language"));
        }
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(getLanguage());
    }

    /** {@code rtl} for a right-to-left interface language, else {@code ltr}: the page's {@code dir}. */
    public String getDir() {
        return "fa".equals(getLanguage()) ? "rtl" : "ltr";
    }

    /** A message bundle in this request's language. */
    public <T> T bundle(Class<T> type) {
        return MessageBundles.get(type, Localized.Literal.of(getLanguage()));
    }

    /** The first shipped language in an {@code Accept-Language} header (by weight), English when none is. */
    public static String choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SHIPPED.get(0);
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String hit = Locale.lookupTag(ranges, SHIPPED);
            return hit == null ? SHIPPED.get(0) : hit;
        } catch (IllegalArgumentException malformed) {
            return SHIPPED.get(0);
        }
    }
}
