package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The XLIFF 2 samples of the shared folder (the OASIS TC's test suite). A missing folder fails the test:
 * skipping would let a reader regression through unnoticed.
 */
final class SharedXliff {

    private SharedXliff() {
    }

    /** The files of {@code data/xliff2-samples/<kind>}, sorted by name. */
    static List<Path> samples(String kind) {
        Path folder = shared().resolve("data/xliff2-samples").resolve(kind);
        if (!Files.isDirectory(folder)) {
            fail("XLIFF samples not found under " + folder + ". Run the tests from the repository root next to the"
                    + " shared folder, or set -Dverso.shared.dir=<path to shared>.");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path shared() {
        return Path.of(System.getProperty("verso.shared.dir", "../shared")).toAbsolutePath().normalize();
    }
}
