package org.verso.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What pages and the API show of a user; never the hash. {@code languages} empty: every language;
 * {@code mustChangePassword}: an admin reset the password and the user has not chosen a new one yet; {@code language}:
 * the interface language the user chose, null to follow the browser.
 */
public record UserView(@Schema(required = true) long id, @Schema(required = true) String username,
                       @Schema(required = true) List<String> roles, @Schema(required = true) List<String> languages,
                       Instant createdAt, @Schema(required = true) boolean disabled, boolean mustChangePassword,
                       String email, String timeZone, List<String> emailNotifications,
                       @Schema(description = "The interface language chosen (en, ru, fa, tg); null: the browser's"
                               + " Accept-Language decides, then English") String language) {

    static UserView of(User user) {
        List<String> all = Arrays.asList(user.roles.split(","));
        return new UserView(user.id, user.username,
                all.stream().filter(r -> !r.startsWith(Role.LANGUAGE_PREFIX)).toList(),
                all.stream().filter(r -> r.startsWith(Role.LANGUAGE_PREFIX))
                        .map(r -> r.substring(Role.LANGUAGE_PREFIX.length())).toList(),
                user.createdAt, user.disabled, user.mustChangePassword, user.email, user.timeZone,
                user.emailNotifications == null || user.emailNotifications.isEmpty() ? List.of()
                        : Arrays.asList(user.emailNotifications.split(",")), user.language);
    }
}
