package org.verso.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Login sessions ({@link Sessions}): how long one lasts. */
@ConfigMapping(prefix = "verso.session")
public interface SessionConfig {

    /** A session ends this long after the login, however busy its user: a day's shift, then log in again. */
    @WithDefault("PT12H")
    Duration absoluteLifetime();

    /** A session unused this long ends. */
    @WithDefault("PT8H")
    Duration idleTimeout();

    /** The name of the cookie that carries the session token. */
    @WithDefault("verso-session")
    String cookieName();
}
