package org.verso.account;

import java.time.Instant;
import java.util.List;

/** A token as lists show it: never its value. {@code username} is its owner's (the admin's list shows everyone's). */
public record TokenView(long id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, String username) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.id, token.name, List.of(token.scopes.split(",")), token.createdAt,
                token.expiresAt, token.lastUsedAt, token.user.username);
    }

    /** Whether it has expired by now (an expired token stays listed until revoked, and opens nothing). */
    public boolean expired() {
        return expiresAt != null && !expiresAt.isAfter(Instant.now());
    }
}
