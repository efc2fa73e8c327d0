package org.verso.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down without locking anyone out. Every attempt is counted before its password is checked
 * (a reservation, taken atomically), so forty guesses sent at once are throttled exactly like forty in a row. Each
 * counter allows some failed attempts within the window freely; past that, attempts are spaced out: the first waits
 * {@code first-delay}, each next one twice as long, up to {@code max-delay}, and an attempt that would have to wait
 * longer than that is refused without its password being checked. The right password is never refused for the
 * failures of others: it only waits its turn, and a person at another address is not slowed by someone else's
 * guesses at their account until those reach ten times the per-account limit.
 * <p>
 * Three counters: the account at this address ({@code max-failures-per-account}), the account from everywhere (ten
 * times that, against guessing spread over many addresses) and the address on every account
 * ({@code max-failures-per-address}). Names are counted as typed, existing or not, so throttling reveals nothing
 * about which users exist. Kept in memory: a restart forgets it, and each instance behind a load balancer counts its
 * own. The address is the client's as Quarkus sees it, so behind a reverse proxy set {@code quarkus.http.proxy.*}.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;
    private static final int EVERYWHERE_FACTOR = 10;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** An attempt let through: wait {@link #waitFirst()}, check the password, then report how it went. */
    public record Ticket(List<Counter> counters, Counter pair, Duration waitFirst) {
    }

    @Inject
    LoginThrottle(LoginConfig config) {
        this(config.maxFailuresPerAccount(), config.maxFailuresPerAddress(), config.failureWindow(),
                config.firstDelay(), config.maxDelay(), Clock.systemUTC());
    }

    LoginThrottle(int perAccount, int perAddress, Duration window, Duration firstDelay, Duration maxDelay,
                  Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /**
     * Counts an attempt before its password is checked: the ticket says how long it must wait first; empty when it
     * would have to wait longer than the longest delay, and is refused unchecked.
     */
    public Optional<Ticket> admit(String account, String address) {
        if (counters.size() > MAX_TRACKED) {
            // Names sprayed at the login form must not fill the memory: forget counters with nothing recent.
            counters.values().removeIf(Counter::idle);
        }
        Counter pair = counter("pair " + key(account) + " " + address, perAccount);
        List<Counter> all = List.of(pair, counter("account " + key(account), perAccount * EVERYWHERE_FACTOR),
                counter("address " + address, perAddress));
        Instant now = clock.instant();
        List<Counter> reserved = new ArrayList<>();
        Duration wait = Duration.ZERO;
        for (Counter counter : all) {
            Duration needed = counter.reserve(now);
            if (needed == null) {
                reserved.forEach(Counter::release);
                return Optional.empty();
            }
            reserved.add(counter);
            wait = needed.compareTo(wait) > 0 ? needed : wait;
        }
        return Optional.of(new Ticket(all, pair, wait));
    }

    /** The password was wrong: a failure on every counter of the attempt. */
    public void failed(Ticket ticket) {
        Instant now = clock.instant();
        ticket.counters().forEach(c -> c.fail(now));
    }

    /** The password was right: the account's failures at this address are forgotten. */
    public void succeeded(Ticket ticket) {
        ticket.counters().forEach(c -> {
            if (c == ticket.pair()) {
                c.clear();
            } else {
                c.release();
            }
        });
    }

    /** The check could not run (an error): the attempt counts for nothing. */
    public void abandoned(Ticket ticket) {
        ticket.counters().forEach(Counter::release);
    }

    /** Failed attempts on this account from every address within the window, for tests and diagnostics. */
    int recentFailures(String account) {
        Counter counter = counters.get("account " + key(account));
        return counter == null ? 0 : counter.failures(clock.instant());
    }

    /** Failed attempts from this address on any account within the window, for tests and diagnostics. */
    int recentFailuresFrom(String address) {
        Counter counter = counters.get("address " + address);
        return counter == null ? 0 : counter.failures(clock.instant());
    }

    private Counter counter(String key, int free) {
        return counters.computeIfAbsent(key, k -> new Counter(free));
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }

    private Duration delay(int beyondFree) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(beyondFree, 30));
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }

    /** Failures within the window, attempts being checked right now, and when the next slow attempt may run. */
    public final class Counter {

        private final int free;
        private final Deque<Instant> failures = new ArrayDeque<>();
        private int pending;
        private Instant nextSlot = Instant.MIN;

        Counter(int free) {
            this.free = free;
        }

        /** The wait before this attempt, or null when it would pass the longest delay. */
        synchronized Duration reserve(Instant now) {
            int attempts = failures(now) + pending;
            if (attempts < free) {
                pending++;
                return Duration.ZERO;
            }
            Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
            Duration wait = Duration.between(now, slot);
            if (wait.compareTo(maxDelay) > 0) {
                return null;
            }
            nextSlot = slot.plus(delay(attempts - free));
            pending++;
            return wait;
        }

        synchronized void release() {
            pending--;
        }

        synchronized void fail(Instant now) {
            pending--;
            failures.addLast(now);
        }

        synchronized void clear() {
            pending--;
            failures.clear();
            nextSlot = Instant.MIN;
        }

        synchronized int failures(Instant now) {
            Instant since = now.minus(window);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
                failures.removeFirst();
            }
            return failures.size();
        }

        synchronized boolean idle() {
            return pending == 0 && failures(clock.instant()) == 0;
        }
    }
}
