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
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads the session cookie on every request and asks {@link Sessions} whose it is. An unknown, ended or expired
 * session is no identity at all (the request is anonymous and the stale cookie is cleared), never an error: a 401
 * on the login page itself would leave a person with an old cookie no way back in. HTTP Basic stays beside it for
 * tools; the 401 and the redirect to the login page are answered by {@code web.ErrorMappers}.
 */
@ApplicationScoped
class SessionMechanism implements HttpAuthenticationMechanism {

    /** Asks the identity provider to look a session token up. */
    static final class TokenRequest extends BaseAuthenticationRequest {
        final String token;

        TokenRequest(String token) {
            this.token = token;
        }
    }

    private final Sessions sessions;

    SessionMechanism(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(sessions.config().cookieName());
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                new TokenRequest(cookie.getValue()), context))
                .onFailure(AuthenticationFailedException.class).recoverWithNull()
                .invoke(identity -> {
                    if (identity == null) {
                        clear(context);
                    }
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenRequest.class);
    }

    /** Before HTTP Basic (1000): a browser's session wins over credentials a tool might also send. */
    @Override
    public int getPriority() {
        return 2_000;
    }

    /** Sets the session cookie on the answer: HttpOnly, SameSite=Strict, Secure over HTTPS (also behind a proxy). */
    void issue(RoutingContext context, String token) {
        context.response().addCookie(cookie(context, token)
                .setMaxAge(sessions.config().absoluteLifetime().toSeconds()));
    }

    /** Tells the browser to forget the session cookie. */
    void clear(RoutingContext context) {
        context.response().addCookie(cookie(context, "").setMaxAge(0));
    }

    private Cookie cookie(RoutingContext context, String value) {
        return Cookie.cookie(sessions.config().cookieName(), value).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL());
    }

    /** Looks the token up on a worker thread (a database read); no identity when the session is not live. */
    @ApplicationScoped
    static class Provider implements IdentityProvider<TokenRequest> {

        private final Sessions sessions;

        Provider(Sessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public Class<TokenRequest> getRequestType() {
            return TokenRequest.class;
        }

        /** Null when the session is not live: the manager then fails, which the mechanism turns into "anonymous". */
        @Override
        public Uni<SecurityIdentity> authenticate(TokenRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> sessions.holder(request.token).map(Holder::identity).orElse(null));
        }
    }
}
