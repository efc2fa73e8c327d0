package org.verso.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "verso.import")
public interface ImportConfig {

    /** Largest accepted article (upload or paste), in bytes. */
    @WithDefault("10485760")
    long maxBytes();

    /**
     * The most a Word document (a zip) may unpack to, all its parts together, counted while unpacking: a zip bomb
     * within {@code max-bytes} is refused before it fills the memory.
     */
    @WithDefault("104857600")
    long maxUnpackedBytes();

    /** How Markdown articles are read. */
    Markdown markdown();

    interface Markdown {

        /** Front matter keys whose values are translated; the others stay as they are. */
        @WithDefault("title,description")
        List<String> frontMatterKeys();
    }
}
