package org.verso.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Checks a username and password (login form and HTTP Basic alike) ahead of Quarkus Security JPA, so failed
 * logins can be throttled per account and per address ({@link LoginThrottle}). Every refusal is the same
 * "wrong username or password", throttled or not, existing user or not.
 */
@ApplicationScoped
class PasswordLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final UserService users;
    private final LoginThrottle throttle;

    PasswordLogin(UserService users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Before the Security JPA provider (which has the default, 1001), so it never answers first and every failure
     * is counted.
     */
    @Override
    public int priority() {
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        String address = address(request);
        return context.runBlocking(() -> {
            LoginThrottle.Ticket ticket = throttle.admit(username, address)
                    .orElseThrow(() -> new AuthenticationFailedException("Too many failed logins"));
            Holder holder;
            try {
                waitFor(ticket.waitFirst());
                holder = users.holderIfPasswordMatches(username, password).orElse(null);
            } catch (RuntimeException e) {
                throttle.abandoned(ticket);
                throw e;
            }
            if (holder == null) {
                throttle.failed(ticket);
                throw new AuthenticationFailedException("Wrong username or password");
            }
            throttle.succeeded(ticket);
            return holder.identity();
        });
    }

    /** The throttle's spacing: on a worker thread, never the event loop (runBlocking). */
    private static void waitFor(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationFailedException("Interrupted while waiting to check a login");
        }
    }

    private static String address(UsernamePasswordAuthenticationRequest request) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return http == null || http.request().remoteAddress() == null ? "unknown"
                : http.request().remoteAddress().hostAddress();
    }
}
