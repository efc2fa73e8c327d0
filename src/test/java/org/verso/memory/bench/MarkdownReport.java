package org.verso.memory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a benchmark report and writes it under {@code target/benchmarks/}. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static void publish(String fileName, String report) {
        System.out.println(report);
        try {
            Path output = Path.of("target", "benchmarks");
            Files.createDirectories(output);
            Files.writeString(output.resolve(fileName), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
