package org.verso.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Round-trip fixtures: every file in {@code interchange/roundtrip/<format>/} is an input. When writing it back
 * legitimately normalizes it (line ends, soft wraps, setext headings), {@code expected/<same name>} holds the
 * normalized form; otherwise the input is already normalized and is its own expectation.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static List<Path> inputs(String format) {
        Path folder = folder("/interchange/roundtrip/" + format);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> inputs = files.filter(Files::isRegularFile).sorted().toList();
            if (inputs.isEmpty()) {
                throw new IllegalStateException("No round-trip fixtures in " + folder);
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String expected(Path input) {
        Path normalized = input.resolveSibling("expected").resolve(input.getFileName());
        return read(Files.exists(normalized) ? normalized : input);
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static Path folder(String resource) {
        URL url = Fixtures.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Missing test resource folder " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
