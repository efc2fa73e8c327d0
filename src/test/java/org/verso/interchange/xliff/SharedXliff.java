package org.verso.interchange.xliff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.verso.TestResources;

/**
 * The XLIFF 2 samples of the OASIS TC's test suite, kept in src/test/resources/xliff2-samples (see SOURCE.md
 * there). A missing folder fails the test: skipping would let a reader regression through unnoticed.
 */
final class SharedXliff {

    private SharedXliff() {
    }

    /** The files of {@code xliff2-samples/<kind>}, sorted by name. */
    static List<Path> samples(String kind) {
        Path folder = TestResources.path("xliff2-samples/" + kind);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
