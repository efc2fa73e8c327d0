package org.verso.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.verso.digest.Sha256;

/**
 * Server-side login sessions. The browser's cookie holds 256 random bits; the database holds their SHA-256 (a
 * random token needs no slow hash), so a copy of the database opens no session and a deleted row ends one on every
 * instance at once: logout, a password reset, a removed role and a disabled account take effect on the next request.
 * No key is needed, so none can leak into a log.
 */
@ApplicationScoped
public class Sessions {

    /** last_seen is written at most this often per session, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionConfig config;

    private final TokenService tokens;

    Sessions(SessionConfig config, TokenService tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    SessionConfig config() {
        return config;
    }

    /** A new session for this user (after the password was checked); answers the token for the cookie. */
    @Transactional
    String open(String username) {
        Instant now = Instant.now();
        UserSession.delete("createdAt < ?1", now.minus(config.absoluteLifetime()));
        User user = User.findByUsername(username).orElseThrow();
        String token = randomToken();
        UserSession session = new UserSession();
        session.user = user;
        session.tokenHash = Sha256.hex(token);
        session.createdAt = now;
        session.lastSeen = now;
        session.persist();
        return token;
    }

    /** 256 random bits, base64url: a session's cookie, and an API token after its prefix. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The holder of a live session; empty for an unknown, ended, expired or disabled one. */
    @Transactional
    Optional<Holder> holder(String token) {
        UserSession session = UserSession.<UserSession>find("select s from UserSession s join fetch s.user"
                + " where s.tokenHash = ?1", Sha256.hex(token)).firstResult();
        if (session == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        // Bulk statements, not entity changes: a page's parallel requests (or a logout meanwhile) may delete or touch
        // the same row at once, and an entity delete or update that finds no row fails the request.
        if (session.user.disabled || now.isAfter(session.createdAt.plus(config.absoluteLifetime()))
                || now.isAfter(session.lastSeen.plus(config.idleTimeout()))) {
            UserSession.delete("id", session.id);
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeen.plus(TOUCH_INTERVAL))) {
            UserSession.update("lastSeen = ?1 where id = ?2", now, session.id);
        }
        return Optional.of(Holder.of(session.user));
    }

    /**
     * For an answer that stays open (an event stream): asks again, whenever called, whether the session this request
     * came with is still live, or its API token still valid (not revoked, expired or its user disabled). A request
     * with neither (HTTP Basic, checked once at its start) always is.
     */
    public BooleanSupplier stillLive(RoutingContext http) {
        String bearer = BearerMechanism.token(http);
        if (bearer != null) {
            return () -> QuarkusTransaction.requiringNew().call(() -> tokens.identity(bearer)).isPresent();
        }
        Cookie cookie = http.request().getCookie(config.cookieName());
        if (cookie == null || cookie.getValue().isEmpty()) {
            return () -> true;
        }
        String token = cookie.getValue();
        return () -> QuarkusTransaction.requiringNew().call(() -> holder(token)).isPresent();
    }

    /** The session token this request came with, or null (HTTP Basic, an API token). */
    String currentToken(RoutingContext http) {
        Cookie cookie = http.request().getCookie(config.cookieName());
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    /** Logout: this one session ends. */
    @Transactional
    void end(String token) {
        UserSession.delete("tokenHash", Sha256.hex(token));
    }

    /** Every session of this user but the one with this token ends (the user changed their own password). */
    @Transactional(Transactional.TxType.MANDATORY)
    void endAllBut(User user, String keptToken) {
        UserSession.delete("user = ?1 and tokenHash <> ?2", user, keptToken == null ? "" : Sha256.hex(keptToken));
    }

    /** Every session of this user ends (password reset, role removed, account disabled). */
    @Transactional(Transactional.TxType.MANDATORY)
    void endAll(User user) {
        UserSession.delete("user", user);
    }

}
