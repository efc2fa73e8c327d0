package org.verso.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "verso.import")
public interface ImportConfig {

    /** Largest accepted article (upload or paste), in bytes. */
    @WithDefault("10485760")
    long maxBytes();
}
