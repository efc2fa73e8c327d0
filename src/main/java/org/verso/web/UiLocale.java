package org.verso.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.verso.account.ProfileService;

/**
 * The language of Verso's own interface for this request ({@code inject:ui} in templates): the language the person
 * chose on their profile (stored, {@code language} of {@code /api/me}); without a choice the shipped language the
 * browser asks for first in {@code Accept-Language}; otherwise English. The choice comes with the request's identity
 * (read with its session, password or token), or is read for an identity built elsewhere; on an event-loop thread
 * only the header counts. Java code that writes a person-facing message
 * takes its bundle here: {@code ui.bundle(EditorMessages.class).saved()}.
 */
@RequestScoped
@Named("ui")
public class UiLocale {

    /** The interface languages Verso ships, English first (the bundles' default). */
    public static final List<String> SHIPPED = ProfileService.INTERFACE_LANGUAGES;

    @Inject
    HttpServerRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    ProfileService profiles;

    private String language;

    /** The BCP 47 language of the interface: one of {@link #SHIPPED}. */
    public String getLanguage() {
        if (language == null) {
            String chosen = storedChoice();
            language = chosen != null ? chosen : choose(request == null ? null : request.getHeader("Accept-Language"));
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

    /** The logged-in person's stored interface language, or null (none chosen, anonymous, or may not block). */
    private String storedChoice() {
        // On an event-loop thread even asking the identity may block (lazy authentication): the header decides.
        if (!BlockingOperationControl.isBlockingAllowed() || identity == null || identity.isAnonymous()) {
            return null;
        }
        // Read with the session, password or token that let the request in: no query of its own.
        Object carried = identity.getAttribute(ProfileService.LANGUAGE_ATTRIBUTE);
        String chosen = carried instanceof String language ? language
                : profiles.interfaceLanguage(identity.getPrincipal().getName());
        return chosen != null && SHIPPED.contains(chosen) ? chosen : null;
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
