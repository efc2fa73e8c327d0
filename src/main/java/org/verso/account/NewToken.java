package org.verso.account;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A token a person asks for: a name of their choosing, scopes among read, write and admin (admins only), and an
 * optional expiry (an ISO-8601 instant in the future).
 */
public record NewToken(@Schema(required = true) String name, @Schema(required = true) List<String> scopes,
                       Instant expiresAt) {
}
