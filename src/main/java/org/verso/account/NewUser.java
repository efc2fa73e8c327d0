package org.verso.account;

import java.util.List;

/** A user an admin is creating; validated by {@link UserService#createUser}. */
public record NewUser(String username, String password, List<String> roles) {
}
