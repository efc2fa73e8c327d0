package org.verso.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "verso.login")
public interface LoginConfig {

    /** Failed logins to one account within the window after which even the right password is refused. */
    @WithDefault("10")
    int maxFailuresPerAccount();

    /** Failed logins from one address within the window after which its logins are refused. */
    @WithDefault("100")
    int maxFailuresPerAddress();

    /** How long a failed login counts. */
    @WithDefault("PT15M")
    Duration failureWindow();
}
