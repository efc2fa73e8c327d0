package org.verso.failure;

/**
 * Where a failure's text is put into words: a source of message bundles in one language. {@code web.UiLocale::bundle}
 * is the request's language; {@link EnglishBundles#INSTANCE} is English, for logs and background jobs.
 */
@FunctionalInterface
public interface Bundles {

    /** The bundle {@code type} (a Qute {@code @MessageBundle} interface) in this source's language. */
    <B> B bundle(Class<B> type);

    /** The BCP 47 tag of this source's language. */
    default String language() {
        return "en";
    }
}
