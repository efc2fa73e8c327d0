package org.verso.memory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final MemoryTable table;
    private ScheduledExecutorService poller;

    @ConfigProperty(name = "verso.memory.follow-interval", defaultValue = "1s")
    Duration interval;

    MemoryIndexFollower(MemoryTable table) {
        this.table = table;
    }

    FuzzyIndex index() {
        return index;
    }

    void onStart(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "verso-memory-follower");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::catchUp, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
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

    /** Reads and indexes every unit changed since the last one seen; also the start-up load. */
    void catchUp() {
        try {
            List<StoredUnit> changed;
            int read = 0;
            do {
                changed = table.changesSince(lastSeen.get(), BATCH);
                changed.forEach(this::put);
                read += changed.size();
                if (!changed.isEmpty()) {
                    lastSeen.accumulateAndGet(changed.get(changed.size() - 1).changeSeq(), Math::max);
                }
            } while (changed.size() == BATCH);
            if (read >= TRIM_AFTER) {
                // A bulk load (the rebuild at start, another instance's import): give back the growth slack.
                index.trim();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the translation memory's changes; trying again at the next poll", e);
        }
    }

    private void put(StoredUnit unit) {
        index.put(unit.id(), unit.sourceLanguage(), unit.targetLanguage(), unit.sourceText());
    }
}
