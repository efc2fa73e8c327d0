package org.verso.machine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Machine translation engines; an engine without a URL is off. */
@ConfigMapping(prefix = "verso.mt")
public interface MtConfig {

    /** Apertium APy, e.g. http://127.0.0.1:2737 (env VERSO_MT_APERTIUM_URL). */
    Engine apertium();

    /** A LibreTranslate-compatible server, e.g. http://127.0.0.1:5000; key optional. */
    Engine libretranslate();

    /** A DeepL-compatible API, e.g. https://api-free.deepl.com; key required by DeepL itself. */
    Engine deepl();

    /** How long one request to an engine may take, connecting included. */
    @WithDefault("PT5S")
    Duration timeout();

    /** How long the language pairs an engine listed are trusted before asking again. */
    @WithDefault("PT10M")
    Duration pairsTtl();

    /** After an engine failed, how long it counts as unavailable before it is tried again. */
    @WithDefault("PT30S")
    Duration retryAfter();

    /** One engine's address and key. */
    interface Engine {

        /** Base URL; none = engine off. */
        Optional<String> url();

        /** API key, if the engine wants one. */
        Optional<String> key();
    }
}
