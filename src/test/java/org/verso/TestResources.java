package org.verso;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Files the tests read that others wrote (the OASIS XLIFF schemas and samples, the TMX DTD, the SRX schema, the
 * Golden Rules), kept in {@code src/test/resources} with a {@code SOURCE.md} per folder. They are found on the test
 * class path, so the tests read nothing outside the repository and run from any working directory.
 */
public final class TestResources {

    private TestResources() {
    }

    /** The file or folder {@code name} (relative to src/test/resources), as a path; a missing one fails the test. */
    public static Path path(String name) {
        URL url = TestResources.class.getResource("/" + name);
        if (url == null) {
            throw new AssertionError(name + " is missing from src/test/resources (see the SOURCE.md beside it)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
