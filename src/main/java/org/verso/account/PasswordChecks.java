package org.verso.account;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where passwords are checked: at most {@code verso.login.concurrent-checks} BCrypt checks at once (by default half
 * the processors, at least one), each on a thread of its own, the others queued in arrival order. A BCrypt check
 * takes a core for about 0.1 s by design; checked all at once, the logins of a newsroom arriving together (400 in a
 * minute at N = 300, docs/performance.md) or a password spray took every core, and the saves and pages of everyone
 * already at work queued behind them. With the gate a burst of logins waits among itself, and the rest of the desk
 * keeps the other cores. A queued check holds no request thread: it is a task in this queue, nothing more.
 */
@ApplicationScoped
class PasswordChecks {

    private final ThreadPoolExecutor threads;

    @Inject
    PasswordChecks(LoginConfig config) {
        this(config.concurrentChecks().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
    }

    PasswordChecks(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("verso.login.concurrent-checks must be at least 1, not " + atOnce);
        }
        AtomicInteger number = new AtomicInteger();
        threads = new ThreadPoolExecutor(atOnce, atOnce, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "verso-password-check-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Runs the check on one of the gate's threads once one is free. */
    <T> Uni<T> check(Supplier<T> check) {
        return Uni.createFrom().item(check).runSubscriptionOn(threads);
    }

    /** Checks waiting for a thread. */
    int waiting() {
        return threads.getQueue().size();
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
