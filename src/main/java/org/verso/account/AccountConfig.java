package org.verso.account;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "verso.admin")
public interface AccountConfig {

    /** Password of the admin created on first start with an empty database; unset: a random one is logged once. */
    Optional<String> password();
}
