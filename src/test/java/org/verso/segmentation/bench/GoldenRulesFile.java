package org.verso.segmentation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.verso.TestResources;
import org.verso.segmentation.Segmenter;

/**
 * One Golden Rules file ({@code src/test/resources/golden-rules/*.jsonl}, see SOURCE.md there): its name
 * ("en-pysbd48"), the language its name starts with ("en") and its cases.
 */
record GoldenRulesFile(String name, String language, List<GoldenRulesFile.Case> cases) {

    static final Path DIRECTORY = TestResources.path("golden-rules");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line: {@code {"id", "name", "text", "expected": [...]}}. */
    record Case(String id, String name, String text, List<String> expected) {

        /** Exact match of the trimmed, non-blank segments; a segmenter that throws fails the case. */
        boolean passes(Segmenter segmenter) {
            try {
                return expected.equals(segmenter.split(text).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** Every file of the directory, English ones first, then by name. */
    static List<GoldenRulesFile> readAll() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .map(GoldenRulesFile::read)
                    .sorted(Comparator.comparing((GoldenRulesFile f) -> !f.language().equals("en"))
                            .thenComparing(GoldenRulesFile::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the Golden Rules at " + DIRECTORY, e);
        }
    }

    static GoldenRulesFile read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        List<Case> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    cases.add(JSON.readValue(line, Case.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GoldenRulesFile(name, name.split("-", 2)[0], List.copyOf(cases));
    }

    List<Case> failures(Segmenter segmenter) {
        return cases.stream().filter(c -> !c.passes(segmenter)).toList();
    }
}
