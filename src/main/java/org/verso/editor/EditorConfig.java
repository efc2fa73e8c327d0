package org.verso.editor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "verso.editor")
public interface EditorConfig {

    /** Segments shown per editor page. */
    @WithDefault("50")
    int pageSize();
}
