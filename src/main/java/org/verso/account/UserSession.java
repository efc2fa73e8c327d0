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

/** One login: the SHA-256 of the token in the browser's cookie, never the token itself. */
@Entity
@Table(name = "user_session")
class UserSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "user_session_seq")
    @SequenceGenerator(name = "user_session_seq", sequenceName = "user_session_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    User user;

    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "last_seen")
    Instant lastSeen;
}
