package org.verso.memory.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.interchange.tmx.TmxPair;
import org.verso.interchange.tmx.TmxWriter;
import org.verso.job.JobCaller;
import org.verso.job.JobService;
import org.verso.job.JobView;
import org.verso.memory.MemoryService;
import org.verso.memory.PairCount;
import org.verso.web.Browser;

/**
 * A large TMX ({@code -Dverso.bench.units}, default 1,800,000 units) imported as a background job into H2 on disk:
 * progress must only grow, the job page must show it, a cancel at about half must leave exactly the committed
 * batches in the memory, and importing the file again must store the rest. Samples the used heap every 20 ms to
 * report its peak (run with a small -Xmx to show it stays bounded). Writes
 * {@code target/benchmarks/memory-import-job.md}; asserts no timing.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(MemoryImportThroughput.FileDatabase.class)
class LargeImportJobThroughput {

    private static final JobCaller ADMIN = new JobCaller("admin", true);

    @Inject
    JobService jobs;

    @Inject
    MemoryService memory;

    @Test
    void aLargeImportRunsAsAJobIsCancelledAtHalfAndResumes() throws Exception {
        int units = Integer.getInteger("verso.bench.units", 1_800_000);
        Path tmx = Files.createDirectories(Path.of("target", "benchmarks")).resolve("large-import.tmx");
        try (OutputStream out = Files.newOutputStream(tmx); TmxWriter writer = new TmxWriter(out, "en", "bench", "1")) {
            for (int i = 0; i < units; i++) {
                String n = spelled(i);
                writer.writeUnit(TmxPair.of("Report " + n + " from the northern valley arrived late.", "ru",
                        "Отчёт " + n + " из северной долины пришёл поздно."));
            }
        }
        long[] peak = {0};
        Run first = new Run();
        peak[0] = peakDuring(() -> first.follow(submit(tmx), units / 2));
        assertEquals("cancelled", first.end.state(), first.end.message());
        long committed = first.end.result().path("imported").asLong();
        assertEquals(0, committed % 5_000, "whole batches only");
        assertEquals(committed, storedUnits(), "the memory holds exactly what the cancelled job reports");

        Run second = new Run();
        peak[0] = Math.max(peak[0], peakDuring(() -> second.follow(submit(tmx), -1)));
        assertEquals("done", second.end.state(), String.valueOf(second.end.error()));
        assertEquals(units, storedUnits(), "resuming stored the rest and nothing twice");
        assertEquals(committed, second.end.result().path("skipped").asLong());
        assertTrue(first.pageShowedProgress, "the job page showed units done of total");
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        MarkdownReport.publish("memory-import-job.md", String.format(Locale.ROOT, """
                ## Memory import as a background job

                %s

                File: %,d units en→ru, %,d MB TMX. Job 1 cancelled at about half, job 2 imports the same file again.

                | job | state | units done | stored | skipped | seconds | units per second | progress samples, all non-decreasing |
                | --- | --- | --- | --- | --- | --- | --- | --- |
                | 1 | %s | %,d | %,d | %,d | %.1f | %,.0f | %d |
                | 2 | %s | %,d | %,d | %,d | %.1f | %,.0f | %d |

                Peak used heap while the jobs ran (sampled every 20 ms, garbage included): %,d MiB of a %,d MiB
                maximum heap; after the jobs and a GC (the whole application with %,d units in its fuzzy index): %,d MiB.
                """, environment(), units, Files.size(tmx) / 1_000_000,
                first.end.state(), first.end.done(), committed, first.end.result().path("skipped").asLong(),
                first.seconds, first.end.done() / first.seconds, first.samples,
                second.end.state(), second.end.done(), second.end.result().path("imported").asLong(),
                second.end.result().path("skipped").asLong(), second.seconds, second.end.done() / second.seconds,
                second.samples, peak[0] >> 20, Runtime.getRuntime().maxMemory() >> 20, units, live >> 20));
    }

    /** Queues an import of a copy of the file (the job deletes its file when it ends). */
    private long submit(Path tmx) {
        try {
            Path copy = Files.copy(tmx, tmx.resolveSibling("large-import-" + System.nanoTime() + ".upload"));
            return jobs.submit("memory-import", "admin", Map.of("file", copy.toString(), "name", "large-import.tmx"))
                    .id();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long storedUnits() {
        return memory.pairs().stream().filter(p -> p.sourceLanguage().equals("en") && p.targetLanguage().equals("ru"))
                .mapToLong(PairCount::units).sum();
    }

    /** Follows one job to its end, checking its progress never goes back; cancels it once {@code cancelAt} is done. */
    private final class Run {
        JobView end;
        double seconds;
        int samples;
        boolean pageShowedProgress;

        void follow(long id, long cancelAt) {
            long start = System.nanoTime();
            long last = 0;
            boolean cancelled = false;
            Browser browser = Browser.admin();
            while (true) {
                JobView job = jobs.view(id, ADMIN);
                samples++;
                assertTrue(job.done() >= last, "progress went back from " + last + " to " + job.done());
                last = job.done();
                if (job.finished()) {
                    end = job;
                    seconds = (System.nanoTime() - start) / 1e9;
                    return;
                }
                if (!pageShowedProgress && job.total() > 0 && job.done() > 0) {
                    pageShowedProgress = browser.get("/jobs/" + id).then().extract().asString()
                            .contains(" of " + job.total() + " units");
                }
                if (cancelAt >= 0 && !cancelled && job.done() >= cancelAt) {
                    jobs.cancel(id, ADMIN);
                    cancelled = true;
                }
                pause();
            }
        }
    }

    /** Runs {@code work} while sampling the used heap; answers the highest sample. */
    private static long peakDuring(Runnable work) throws InterruptedException {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return peak.get();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String spelled(int i) {
        char[] letters = new char[5];
        for (int k = 4; k >= 0; k--) {
            letters[k] = (char) ('a' + i % 26);
            i /= 26;
        }
        return new String(letters);
    }

    private static String environment() {
        return "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + "at start " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ".";
    }
}
