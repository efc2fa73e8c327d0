package org.verso.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A person who logs in; Quarkus Security JPA reads the BCrypt hash and the comma-separated roles from here. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String roles;

    @Column(name = "created_at")
    public Instant createdAt;

    /** A disabled account cannot log in, and its sessions have ended. */
    public boolean disabled;

    /** Set by an admin's password reset: until the user chooses a new password, only that is allowed. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    /** Optional, set on the profile page. */
    public String email;

    /** An IANA time zone id (Europe/Moscow), set on the profile page; null: UTC. */
    @Column(name = "time_zone")
    public String timeZone;

    /** The notification types also sent by e-mail ({@link MailChoice} ids), comma-separated; empty: none. */
    @Column(name = "email_notifications")
    public String emailNotifications = "";

    /** The interface language chosen on the profile (en, ru, fa, tg); null: follow the browser. */
    public String language;

    static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
