package org.verso.memory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.verso.memory.fuzzy.FuzzyIndex;

/**
 * Keeps this instance's in-process fuzzy index in step with the {@code memory_unit} table: at start-up it
 * reads every unit (in the background, in change order), then it asks every {@code verso.memory.follow-interval}
 * for the units changed since the last one it saw. Units written by this instance are indexed at commit already;
 * units written by another instance sharing the database arrive with the next poll. Change numbers become
 * visible in order (see V3__memory.sql), so "changed after the last seen" misses nothing.
 */
@ApplicationScoped
class MemoryIndexFollower {

    private static final Logger LOG = Logger.getLogger(MemoryIndexFollower.class);
    private static final int BATCH = 5_000;
    private static final int INDEX_AT_ONCE = 100;
    private static final int TRIM_AFTER = 50_000;

    private final FuzzyIndex index = new FuzzyIndex();
    private final AtomicLong lastSeen = new AtomicLong();
    private final AtomicBoolean loaded = new AtomicBoolean();
    private final MemoryTable table;
    private ScheduledExecutorService poller;
    /** Reads the next batch of units while the poller indexes the last one: the rebuild at start takes both. */
    private ExecutorService reader;

    @ConfigProperty(name = "verso.memory.follow-interval", defaultValue = "1s")
    Duration interval;

    MemoryIndexFollower(MemoryTable table) {
        this.table = table;
    }

    FuzzyIndex index() {
        return index;
    }

    void onStart(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "verso-memory-follower"));
        reader = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "verso-memory-reader"));
        poller.scheduleWithFixedDelay(this::catchUp, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
            reader.shutdownNow();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Indexes units this instance just committed, without waiting for the next poll: a few (an approval) at once,
     * so the next lookup finds them; many (an import batch) on the follower's thread, so the import goes on reading
     * and writing while they are indexed.
     */
    void indexed(List<StoredUnit> units) {
        if (units.size() <= INDEX_AT_ONCE || poller == null) {
            units.forEach(this::put);
        } else {
            poller.execute(() -> {
                try {
                    units.forEach(this::put);
                } catch (RuntimeException | OutOfMemoryError e) {
                    // The executor would keep this in a future nobody reads; say it, so a short index is explained.
                    LOG.error("Could not index " + units.size() + " units just stored; lookups here miss them"
                            + " until the index is rebuilt at the next start", e);
                }
            });
        }
    }

    /**
     * Reads and indexes every unit changed since the last one seen; also the start-up load. Batches follow each
     * other by change number, so the next one is read (on the reader's thread) while this one is indexed.
     */
    void catchUp() {
        long start = System.nanoTime();
        try {
            List<MemoryTable.IndexedSource> batch = table.sourcesChangedSince(lastSeen.get(), BATCH);
            int read = 0;
            while (true) {
                CompletableFuture<List<MemoryTable.IndexedSource>> next = batch.size() < BATCH ? null
                        : readAfter(batch.get(batch.size() - 1).changeSeq());
                for (MemoryTable.IndexedSource unit : batch) {
                    index.put(unit.id(), unit.sourceLanguage(), unit.targetLanguage(), unit.sourceText());
                }
                read += batch.size();
                if (!batch.isEmpty()) {
                    lastSeen.accumulateAndGet(batch.get(batch.size() - 1).changeSeq(), Math::max);
                }
                if (next == null) {
                    break;
                }
                batch = next.join();
            }
            if (read >= TRIM_AFTER) {
                // A bulk load (the rebuild at start, another instance's import): give back the growth slack.
                index.trim();
            }
            if (loaded.compareAndSet(false, true)) {
                // The rebuild's one line: how long lookups ran on a partial index (docs/performance.md, issue 24).
                LOG.infof("Translation memory index loaded: %d units in %d ms", read,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            if (poller == null || !poller.isShutdown()) { // at shutdown, the reader's interrupted read says nothing
                LOG.warn("Could not read the translation memory's changes; trying again at the next poll", e);
            }
        }
    }

    private void put(StoredUnit unit) {
        index.put(unit.id(), unit.sourceLanguage(), unit.targetLanguage(), unit.sourceText());
    }

    private CompletableFuture<List<MemoryTable.IndexedSource>> readAfter(long changeSeq) {
        if (reader == null) { // not started (a test calling catchUp itself): read in line
            return CompletableFuture.completedFuture(table.sourcesChangedSince(changeSeq, BATCH));
        }
        return CompletableFuture.supplyAsync(() -> table.sourcesChangedSince(changeSeq, BATCH), reader);
    }
}
