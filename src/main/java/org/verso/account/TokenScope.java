package org.verso.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API token may do: read (GET), write (every other method) and act as admin (admins' tokens only). */
public enum TokenScope {
    READ, WRITE, ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TokenScope> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
