package org.verso.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "verso.webhooks")
public interface WebhooksConfig {

    /**
     * Where webhooks may send: host names, addresses or CIDR ranges, comma-separated, and {@code public} for every
     * public address. Unset: public addresses only (never loopback, private, link-local such as 169.254.169.254,
     * or other special ranges). Checked at registration and again on every delivery, after resolving the name.
     */
    Optional<List<String>> allow();

    /** The wait before the first retry; each further retry waits twice as long as the one before. */
    @WithDefault("10s")
    Duration backoff();

    /** Attempts per event and webhook, the first included; after the last failed one the delivery gives up. */
    @WithDefault("8")
    int maxAttempts();

    /** How long a delivery waits to connect. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a delivery waits for the whole answer once connected; a receiver that never answers costs this. */
    @WithDefault("10s")
    Duration readTimeout();

    /** How often each instance looks for retries that are due (also those another, stopped instance planned). */
    @WithDefault("30s")
    Duration sweepInterval();
}
