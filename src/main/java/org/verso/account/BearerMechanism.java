package org.verso.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <token>} and asks {@link TokenService} whose API token it is. Unlike a stale
 * session cookie, a token that opens nothing (unknown, revoked, expired, its user disabled) fails the request with
 * 401: a script must learn its token is dead, not carry on anonymously. A request without the header is left to the
 * session cookie and HTTP Basic.
 */
@ApplicationScoped
class BearerMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer ";

    /** Asks the identity provider to look an API token up. */
    static final class BearerRequest extends BaseAuthenticationRequest {
        final String token;

        BearerRequest(String token) {
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = token(context);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new BearerRequest(token),
                context));
    }

    /** The token of this request's {@code Authorization: Bearer} header, or null without one. */
    static String token(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerRequest.class);
    }

    /** Before the session cookie (2000) and HTTP Basic (1000): a request that names a token is judged by it. */
    @Override
    public int getPriority() {
        return 3_000;
    }

    /** Looks the token up on a worker thread (a database read). */
    @ApplicationScoped
    static class Provider implements IdentityProvider<BearerRequest> {

        private final TokenService tokens;

        Provider(TokenService tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<BearerRequest> getRequestType() {
            return BearerRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(BearerRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.identity(request.token).orElseThrow(
                    () -> new AuthenticationFailedException("Unknown, revoked or expired API token")));
        }
    }
}
