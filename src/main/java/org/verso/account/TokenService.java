package org.verso.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.verso.digest.Sha256;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotAllowedException;
import org.verso.failure.NotFoundException;

/**
 * Personal API tokens: 256 random bits after the prefix {@code verso_}, shown once; the database keeps their SHA-256
 * (a random token needs no slow hash), so checking one costs one indexed read, like a session, where HTTP Basic costs
 * a BCrypt check. Revoking deletes the row; a token of a disabled user, or past its expiry, opens nothing.
 */
@ApplicationScoped
public class TokenService {

    static final String PREFIX = "verso_";
    /** last_used_at is written at most this often per token, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final int MAX_NAME = 100;
    private static final int MAX_PER_USER = 100;
    private static final String WITH_USER = "select t from ApiToken t join fetch t.user u ";

    @Transactional
    public CreatedToken create(String username, NewToken request) {
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException(ErrAccount.class, m -> m.giveTokenNameCharacters(MAX_NAME));
        }
        List<String> scopes = validScopes(request.scopes());
        User user = UserService.existing(username);
        if (scopes.contains(TokenScope.ADMIN.id()) && !UserView.of(user).roles().contains(Role.ADMIN_NAME)) {
            throw new NotAllowedException(ErrAccount.class, m -> m.onlyAdminsMayCreate());
        }
        Instant now = Instant.now();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw new InvalidInputException(ErrAccount.class, m -> m.expiryPassedGiveTime(request.expiresAt()));
        }
        if (ApiToken.count("user", user) >= MAX_PER_USER) {
            throw new ConflictException(ErrAccount.class, m -> m.youTokensRevokeSome(MAX_PER_USER));
        }
        String token = PREFIX + Sessions.randomToken();
        ApiToken row = new ApiToken();
        row.user = user;
        row.name = name;
        row.tokenHash = Sha256.hex(token);
        row.scopes = String.join(",", scopes);
        row.createdAt = now;
        row.expiresAt = request.expiresAt();
        row.persist();
        return new CreatedToken(row.id, name, scopes, token);
    }

    /** This person's tokens, oldest first, without their values. */
    @Transactional
    public List<TokenView> tokensOf(String username) {
        return ApiToken.<ApiToken>find(WITH_USER + "where u.username = ?1 order by t.createdAt, t.id", username)
                .stream().map(TokenView::of).toList();
    }

    /** Everyone's tokens, for admins: by owner, then oldest first. */
    @Transactional
    public List<TokenView> allTokens() {
        return ApiToken.<ApiToken>find(WITH_USER + "order by u.username, t.createdAt, t.id").stream()
                .map(TokenView::of).toList();
    }

    /** Revokes one of this person's own tokens; someone else's is 404, as if it did not exist. */
    @Transactional
    public void revokeOwn(String username, long id) {
        ApiToken token = find(id).filter(t -> t.user.username.equals(username))
                .orElseThrow(() -> new NotFoundException(ErrAccount.class, m -> m.youToken(id)));
        ApiToken.delete("id", token.id);
    }

    /** An admin revokes anyone's token. */
    @Transactional
    public void revoke(long id) {
        if (ApiToken.delete("id", id) == 0) {
            throw new NotFoundException(ErrAccount.class, m -> m.thereToken(id));
        }
    }

    /** The identity a token opens; empty when it is unknown, revoked, expired, or its user disabled. */
    @Transactional
    Optional<SecurityIdentity> identity(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        ApiToken row = ApiToken.<ApiToken>find(WITH_USER + "where t.tokenHash = ?1", Sha256.hex(token))
                .firstResult();
        Instant now = Instant.now();
        if (row == null || row.user.disabled || row.expiresAt != null && !row.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        if (row.lastUsedAt == null || now.isAfter(row.lastUsedAt.plus(TOUCH_INTERVAL))) {
            // A bulk statement: parallel requests with one token touch the same row without failing each other.
            ApiToken.update("lastUsedAt = ?1 where id = ?2", now, row.id);
        }
        return Optional.of(Holder.of(row.user).identity(Set.of(row.scopes.split(","))));
    }

    private static Optional<ApiToken> find(long id) {
        return ApiToken.<ApiToken>find(WITH_USER + "where t.id = ?1", id).firstResultOptional();
    }

    private static List<String> validScopes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException(ErrAccount.class, m -> m.giveTokenLeastOne());
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String id : requested) {
            TokenScope scope = TokenScope.fromId(id == null ? "" : id.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new InvalidInputException(ErrAccount.class, m -> m.unknownScopeScopesAre(id)));
            scopes.add(scope.id());
        }
        return List.copyOf(scopes);
    }
}
