package org.verso.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

@ConfigMapping(prefix = "verso.login")
public interface LoginConfig {

    /**
     * Failed logins to one account from one address within the window after which further attempts are spaced out
     * (ten times as many from all addresses together); see {@link LoginThrottle}.
     */
    @WithDefault("10")
    int maxFailuresPerAccount();

    /** Failed logins from one address, on any accounts, within the window after which its attempts are spaced out. */
    @WithDefault("100")
    int maxFailuresPerAddress();

    /** The wait before the first attempt past a limit; each next one waits twice as long. */
    @WithDefault("PT1S")
    Duration firstDelay();

    /** The longest wait; an attempt that would have to wait longer is refused without its password being checked. */
    @WithDefault("PT30S")
    Duration maxDelay();

    /** How long a failed login counts. */
    @WithDefault("PT15M")
    Duration failureWindow();

    /**
     * BCrypt checks run at once (the others wait their turn without holding a request thread); by default half the
     * processors, at least one. See {@link PasswordChecks}.
     */
    OptionalInt concurrentChecks();
}
