package org.verso.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a username and password (login form and HTTP Basic alike) ahead of Quarkus Security JPA, so failed
 * logins can be throttled per account and per address ({@link LoginThrottle}). Every refusal is the same
 * "wrong username or password", throttled or not, existing user or not.
 */
@ApplicationScoped
class PasswordLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final UserService users;
    private final LoginThrottle throttle;
    private final PasswordChecks checks;

    PasswordLogin(UserService users, LoginThrottle throttle, PasswordChecks checks) {
        this.users = users;
        this.throttle = throttle;
        this.checks = checks;
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

    /**
     * Counts the attempt (in memory, no wait), lets the throttle's spacing pass without holding a thread, then checks
     * the password on the gate's threads ({@link PasswordChecks}).
     */
    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        LoginThrottle.Ticket ticket = throttle.admit(username, address(request)).orElse(null);
        if (ticket == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed logins"));
        }
        Uni<LoginThrottle.Ticket> admitted = Uni.createFrom().item(ticket);
        if (!ticket.waitFirst().isZero()) {
            admitted = admitted.onItem().delayIt().by(ticket.waitFirst());
        }
        Context caller = Vertx.currentContext();
        Uni<Holder> checked = admitted
                .chain(t -> checks.check(() -> users.holderIfPasswordMatches(username, password).orElse(null)));
        if (caller != null) {
            // The request goes on where it came from (its event loop and request context), as after runBlocking.
            checked = checked.emitOn(work -> caller.runOnContext(nothing -> work.run()));
        }
        return checked
                .onFailure().invoke(e -> throttle.abandoned(ticket))
                .map(holder -> {
                    if (holder == null) {
                        throttle.failed(ticket);
                        throw new AuthenticationFailedException("Wrong username or password");
                    }
                    throttle.succeeded(ticket);
                    return holder.identity();
                });
    }

    private static String address(UsernamePasswordAuthenticationRequest request) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return http == null || http.request().remoteAddress() == null ? "unknown"
                : http.request().remoteAddress().hostAddress();
    }
}
