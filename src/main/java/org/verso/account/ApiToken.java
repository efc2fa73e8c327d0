package org.verso.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: the SHA-256 of the token its owner was shown once, never the token itself. */
@Entity
@Table(name = "api_token")
class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    User user;

    String name;

    @Column(name = "token_hash")
    String tokenHash;

    /** Comma-separated {@link TokenScope} ids. */
    String scopes;

    @Column(name = "created_at")
    Instant createdAt;

    /** Null: the token never expires. */
    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;
}
