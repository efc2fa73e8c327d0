package org.verso.memory.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.interchange.tmx.TmxPair;
import org.verso.interchange.tmx.TmxWriter;
import org.verso.memory.ImportReport;
import org.verso.memory.MemoryImport;
import org.verso.memory.MemoryMatch;
import org.verso.memory.MemoryService;

/**
 * How fast the memory takes in a large file through the real import path (both passes: the whole-file check,
 * then batches of inserts into the embedded H2 file database and the fuzzy index), and how fast lookups are
 * through the service afterwards (table plus index). The file is every installed gettext catalog written as one
 * TMX 1.4b (en → the catalog's language), built before the clock starts. Writes
 * {@code target/benchmarks/memory-import.md}; asserts no timing.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(MemoryImportThroughput.FileDatabase.class)
class MemoryImportThroughput {

    /** The embedded database on disk, as a default install runs it, fresh for each run. */
    public static class FileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/bench-memory-db/verso-"
                    + System.nanoTime() + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                    "verso.segmentation.warm-up", "false");
        }
    }

    @Inject
    MemoryImport imports;

    @Inject
    MemoryService memory;

    @Test
    void importsEveryInstalledCatalogAsOneTmx() throws Exception {
        MoCorpus corpus = MoCorpus.load();
        Path tmx = Files.createDirectories(Path.of("target", "benchmarks")).resolve("all-catalogs.tmx");
        try (OutputStream out = Files.newOutputStream(tmx); TmxWriter writer = new TmxWriter(out, "en", "Verso bench", "1")) {
            for (MoCorpus.Unit unit : corpus.units()) {
                if (!unit.source().isBlank() && !unit.translation().isBlank() && isTag(unit.target())) {
                    writer.writeUnit(TmxPair.of(unit.source(), unit.target(), unit.translation()));
                }
            }
        }
        long bytes = Files.size(tmx);
        long start = System.nanoTime();
        ImportReport report = imports.importFile(tmx, "all-catalogs.tmx", null, null, "admin");
        double seconds = (System.nanoTime() - start) / 1e9;
        int read = report.imported() + report.skipped();
        assertTrue(report.imported() > 0, "units imported");
        System.out.printf(Locale.ROOT, "Imported %,d of %,d units in %.1f s%n", report.imported(), read, seconds);

        List<Long> micros = new ArrayList<>();
        List<MoCorpus.Unit> units = corpus.units();
        for (int i = 0; i < 1000; i++) {
            MoCorpus.Unit unit = units.get((int) ((i * 7919L) % units.size()));
            if (!report.pairs().stream().anyMatch(p -> p.targetLanguage().equals(unit.target())) || unit.source().isBlank()) {
                continue; // a language the import skipped
            }
            String query = unit.source() + " now";
            long t = System.nanoTime();
            List<MemoryMatch> found = memory.matches("en", unit.target(), query, null, 5, 70);
            micros.add((System.nanoTime() - t) / 1000);
            assertTrue(found.size() <= 5);
        }
        micros.sort(null);
        String table = String.format(Locale.ROOT, """
                ## Translation memory: import into the embedded database

                %s

                File: every installed gettext catalog as one TMX 1.4b, %,d MB, %,d units (%,d catalogs).
                Import (`MemoryImport.importFile`: whole-file check, then batches of 5,000 into H2 on disk and the index):

                | units read | imported | skipped (duplicates, bad tags) | seconds | units read per second | imported per second |
                | --- | --- | --- | --- | --- | --- |
                | %,d | %,d | %,d | %.1f | %,.0f | %,.0f |

                Lookups through `MemoryService.matches` afterwards (table + index, %d queries: a stored source with a word added):
                p50 %.2f ms, p99 %.2f ms.
                """, environment(), bytes / 1_000_000, read, corpus.files(), read, report.imported(), report.skipped(),
                seconds, read / seconds, report.imported() / seconds, micros.size(),
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0);
        MarkdownReport.publish("memory-import.md", table);
    }

    private static boolean isTag(String tag) {
        return tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    }

    private static String environment() {
        return "Java " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, load average at start "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ".";
    }
}
