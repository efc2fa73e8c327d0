package org.verso.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Queues retries when they are due: a timer on the instance whose attempt failed, and a sweep every
 * {@code verso.webhooks.sweep-interval} on every instance for retries whose timer was lost with a stopped instance.
 * The backoff lives in the message row, so nothing of it is lost in a restart.
 */
@ApplicationScoped
class WebhookRetries {

    private static final Logger LOG = Logger.getLogger(WebhookRetries.class);

    private final WebhookQueue queue;
    private final WebhooksConfig config;
    private ScheduledExecutorService timer;

    WebhookRetries(WebhookQueue queue, WebhooksConfig config) {
        this.queue = queue;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "verso-webhook-retries");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Queues the message's next attempt at {@code due}. */
    void at(long messageId, Instant due) {
        if (timer != null && !timer.isShutdown()) {
            long wait = Math.max(0, Duration.between(Instant.now(), due).toMillis());
            timer.schedule(() -> requeue(messageId, true), wait, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            queue.due().forEach(id -> requeue(id, false));
        } catch (RuntimeException e) {
            LOG.warn("Looking for due webhook retries failed; trying again at the next sweep", e);
        }
    }

    private void requeue(long messageId, boolean planned) {
        try {
            queue.requeue(messageId, planned);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not queue the retry of webhook message %d; the sweep tries again", messageId);
        }
    }
}
