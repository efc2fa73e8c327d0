package org.verso.account;

import java.util.List;

/** The answer to a new token: the only time its value is shown. */
public record CreatedToken(long id, String name, List<String> scopes, String token) {
}
