package org.verso.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What pages and the API show of a user; never the hash. {@code languages} empty: every language;
 * {@code mustChangePassword}: an admin reset the password and the user has not chosen a new one yet.
 */
public record UserView(long id, String username, List<String> roles, List<String> languages, Instant createdAt,
                       boolean disabled, boolean mustChangePassword, String email, String timeZone,
                       List<String> emailNotifications) {

    static UserView of(User user) {
        List<String> all = Arrays.asList(user.roles.split(","));
        return new UserView(user.id, user.username,
                all.stream().filter(r -> !r.startsWith(Role.LANGUAGE_PREFIX)).toList(),
                all.stream().filter(r -> r.startsWith(Role.LANGUAGE_PREFIX))
                        .map(r -> r.substring(Role.LANGUAGE_PREFIX.length())).toList(),
                user.createdAt, user.disabled, user.mustChangePassword, user.email, user.timeZone,
                user.emailNotifications == null || user.emailNotifications.isEmpty() ? List.of()
                        : Arrays.asList(user.emailNotifications.split(",")));
    }
}
