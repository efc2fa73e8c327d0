package org.verso;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The package map of docs/architecture.md as tests: no feature package leans on more than six others, and no main
 * source file grows past 300 lines. The kernel (failure, language, htmx, digest) and the pure cores (qa, terms, diff,
 * interchange, segmentation: plain Java, no framework, no database) are used like libraries and not counted; the
 * ArchUnit rules in {@link ArchitectureTest} keep those pure.
 */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class PackageMapTest {

    private static final Set<String> LIBRARIES = Set.of("failure", "language", "htmx", "digest", "qa", "terms", "diff",
            "interchange", "segmentation");
    private static final int MAX_FEATURE_DEPENDENCIES = 6;
    private static final int MAX_LINES = 300;

    @Test
    void noFeaturePackageDependsOnMoreThanSixOthers() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.verso");
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = feature(c.getPackageName());
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String to = feature(d.getTargetClass().getPackageName());
                if (to != null && from != null && !to.equals(from) && !LIBRARIES.contains(to)) {
                    uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            });
        }
        Map<String, Set<String>> tooMany = new TreeMap<>();
        uses.forEach((from, to) -> {
            if (to.size() > MAX_FEATURE_DEPENDENCIES) {
                tooMany.put(from, to);
            }
        });
        assertEquals(Map.of(), tooMany, "feature packages and the features they use: " + uses);
    }

    @Test
    void noMainSourceFileIsLongerThan300Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(PackageMapTest::tooLong)
                    .map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), tooLong, "split these by what each part does");
    }

    private static boolean tooLong(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count() > MAX_LINES;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "org.verso.memory.fuzzy" → "memory"; null outside Verso. */
    private static String feature(String packageName) {
        if (!packageName.startsWith("org.verso.")) {
            return null;
        }
        String rest = packageName.substring("org.verso.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
