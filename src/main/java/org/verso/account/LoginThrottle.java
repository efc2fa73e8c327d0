package org.verso.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per account and per address in a sliding window. Over either limit, logins are refused, the right
 * password included, until the oldest failures leave the window; a success clears the account's count. Accounts are
 * counted by the name typed, existing or not, so throttling reveals nothing about which users exist. Kept in memory:
 * a restart forgets it, and each instance behind a load balancer counts its own.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    @Inject
    LoginThrottle(LoginConfig config) {
        this(config.maxFailuresPerAccount(), config.maxFailuresPerAddress(), config.failureWindow(),
                Clock.systemUTC());
    }

    LoginThrottle(int perAccount, int perAddress, Duration window, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    public boolean refuses(String account, String address) {
        return recent(byAccount, key(account)) >= perAccount || recent(byAddress, address) >= perAddress;
    }

    public void failed(String account, String address) {
        record(byAccount, key(account));
        record(byAddress, address);
    }

    public void succeeded(String account) {
        byAccount.remove(key(account));
    }

    private void record(Map<String, Deque<Instant>> failures, String key) {
        if (failures.size() > MAX_TRACKED) {
            // Names sprayed at the login form must not fill the memory: forget those without recent failures.
            failures.keySet().removeIf(k -> recent(failures, k) == 0);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private int recent(Map<String, Deque<Instant>> failures, String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(window);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }
}
