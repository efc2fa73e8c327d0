package org.verso.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.verso.segmentation.Segmenters;

/**
 * Compiles the bundled segmentation rules in the background right after start-up, so the first
 * import does not pay for it (about a second of CPU). {@code verso.segmentation.warm-up=false} turns
 * it off.
 */
@ApplicationScoped
class SegmenterWarmUp {

    private static final Logger LOG = Logger.getLogger(SegmenterWarmUp.class);

    @ConfigProperty(name = "verso.segmentation.warm-up", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
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
