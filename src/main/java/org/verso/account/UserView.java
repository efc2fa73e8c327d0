package org.verso.account;

import java.time.Instant;
import java.util.List;

/** What pages and the API show of a user; never the hash. */
public record UserView(long id, String username, List<String> roles, Instant createdAt) {

    static UserView of(User user) {
        return new UserView(user.id, user.username, List.of(user.roles.split(",")), user.createdAt);
    }
}
