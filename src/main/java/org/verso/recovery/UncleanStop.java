package org.verso.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file in the data directory that exists while Verso runs: found at start, it says the last run ended without its
 * shutdown (killed, or the machine went down), so the database may hold what an unfinished transaction left.
 */
final class UncleanStop {

    private final Path marker;

    UncleanStop(Path marker) {
        this.marker = marker;
    }

    Path marker() {
        return marker;
    }

    /** Whether the last run left its marker behind; then marks this run as running. */
    boolean begin() {
        try {
            boolean unclean = Files.exists(marker);
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, "Verso is running; a copy of this file at start means its last run did not stop"
                    + " cleanly.\n");
            return unclean;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    /** A clean stop: the next start has nothing to recover. */
    void end() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + marker, e);
        }
    }
}
