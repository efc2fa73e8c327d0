package org.verso.failure;

import java.util.Objects;
import java.util.function.Function;

/**
 * A person-facing text chosen when it is shown, not when it is made: a call on a message bundle {@code B}
 * ({@code m -> m.documentNotFound(id)}). A service that fails inside a background job has no request and no
 * language; the page or the API answer that shows the failure renders it in the viewer's language, logs and stored
 * job records in English.
 */
public final class Message {

    private final Function<Bundles, String> render;

    private Message(Function<Bundles, String> render) {
        this.render = render;
    }

    /** The text {@code message} writes with the bundle {@code bundle}. */
    public static <B> Message of(Class<B> bundle, Function<B, String> message) {
        Objects.requireNonNull(bundle);
        Objects.requireNonNull(message);
        return new Message(bundles -> message.apply(bundles.bundle(bundle)));
    }

    /** A text that is the same in every language: a parser's own words, say, passed on as they are. */
    public static Message verbatim(String text) {
        return new Message(bundles -> text);
    }

    /** The text in the language of {@code bundles}. */
    public String render(Bundles bundles) {
        return render.apply(bundles);
    }

    /** The text in English. */
    public String english() {
        return render(EnglishBundles.INSTANCE);
    }

    @Override
    public String toString() {
        return english();
    }
}
