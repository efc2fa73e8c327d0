package org.verso.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "verso.import")
public interface ImportConfig {

    /** Largest accepted article (upload or paste), in bytes. */
    @WithDefault("10485760")
    long maxBytes();

    /** How Markdown articles are read. */
    Markdown markdown();

    interface Markdown {

        /** Front matter keys whose values are translated; the others stay as they are. */
        @WithDefault("title,description")
        List<String> frontMatterKeys();
    }
}
