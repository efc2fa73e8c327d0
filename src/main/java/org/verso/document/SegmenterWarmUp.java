package org.verso.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.verso.segmentation.Segmenters;

/**
 * Compiles the bundled segmentation rules in the background shortly after start-up, so the first
 * import does not pay for it (about a second of CPU). It waits {@code verso.segmentation.warm-up-delay}
 * (5 s) first: on a two-core machine a second of compiling during the boot delays readiness by as much
 * (docs/performance.md, "Start and footprint"). {@code verso.segmentation.warm-up=false} turns it off.
 */
@ApplicationScoped
class SegmenterWarmUp {

    private static final Logger LOG = Logger.getLogger(SegmenterWarmUp.class);

    @ConfigProperty(name = "verso.segmentation.warm-up", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "verso.segmentation.warm-up-delay", defaultValue = "5s")
    Duration delay;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long start = System.nanoTime();
            try {
                Segmenters.prepareAll();
                LOG.debugf("Segmentation rules compiled in %d ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Compiling the bundled segmentation rules ahead of use failed; the first import will compile them", e);
            }
        }, "verso-segmenter-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
