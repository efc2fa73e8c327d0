package org.verso.account;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user an admin is creating; validated by {@link UserService#createUser}. */
public record NewUser(@Schema(required = true) String username, @Schema(required = true) String password,
                      @Schema(required = true, description = "admin, translator and/or reviewer") List<String> roles) {
}
