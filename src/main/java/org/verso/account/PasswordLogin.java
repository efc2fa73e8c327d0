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
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a username and password (login form and HTTP Basic alike) ahead of Quarkus Security JPA, so failed
 * logins can be throttled per account and per address ({@link LoginThrottle}). Every refusal is the same
 * "wrong username or password", throttled or not, existing user or not.
 * <p>
 * An attempt queues for the gate ({@link PasswordChecks}) first and is counted by the throttle when its turn comes,
 * so the throttle sees the checks in the order they run, as a sequence: a parallel burst of guesses is spaced out
 * exactly as before, while a burst of right passwords from one office address (a newsroom arriving at nine behind
 * one proxy) is not mistaken for guessing because many of them wait in the queue at once. An attempt the throttle
 * spaces out waits on a timer, holding no thread, then queues again for its check. An attempt whose caller went
 * away before its check started counts for nothing and costs no check.
 */
@ApplicationScoped
class PasswordLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The password check itself: who the user is when the password is right, empty otherwise. */
    interface Check {
        Optional<Holder> holderIfPasswordMatches(String username, String password);
    }

    private final Check check;
    private final LoginThrottle throttle;
    private final PasswordChecks checks;

    @Inject
    PasswordLogin(UserService users, LoginThrottle throttle, PasswordChecks checks) {
        this(users::holderIfPasswordMatches, throttle, checks);
    }

    PasswordLogin(Check check, LoginThrottle throttle, PasswordChecks checks) {
        this.check = check;
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

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Attempt attempt = new Attempt(request.getUsername(), new String(request.getPassword().getPassword()),
                address(request));
        Uni<SecurityIdentity> checked = checks.check(attempt::admit)
                .chain(later -> later == null ? Uni.createFrom().item(attempt.identity)
                        : Uni.createFrom().voidItem().onItem().delayIt().by(later)
                                .chain(nothing -> checks.check(attempt::check)))
                .onCancellation().invoke(attempt::abandon);
        Context caller = Vertx.currentContext();
        if (caller != null) {
            // The request goes on where it came from (its event loop and request context), as after runBlocking.
            checked = checked.emitOn(work -> caller.runOnContext(nothing -> work.run()));
        }
        return checked;
    }

    /** One attempt: its throttle ticket is settled exactly once, by its check or by its abandonment. */
    private final class Attempt {

        private static final int WAITING = 0;
        private static final int CHECKING = 1;
        private static final int ABANDONED = 2;

        private final String username;
        private final String password;
        private final String address;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private volatile LoginThrottle.Ticket ticket;
        private volatile SecurityIdentity identity;

        Attempt(String username, String password, String address) {
            this.username = username;
            this.password = password;
            this.address = address;
        }

        /**
         * On a gate thread, at the attempt's turn: counts it, and checks it at once unless the throttle spaces it
         * out; then the wait before its check, null when checked.
         */
        Duration admit() {
            synchronized (this) {
                if (state.get() == ABANDONED) {
                    throw new AuthenticationFailedException("The login was abandoned");
                }
                ticket = throttle.admit(username, address)
                        .orElseThrow(() -> new AuthenticationFailedException("Too many failed logins"));
            }
            if (!ticket.waitFirst().isZero()) {
                return ticket.waitFirst();
            }
            identity = check();
            return null;
        }

        /** On a gate thread: the password check, which settles the ticket. */
        SecurityIdentity check() {
            if (!state.compareAndSet(WAITING, CHECKING)) {
                throw new AuthenticationFailedException("The login was abandoned");
            }
            Holder holder;
            try {
                holder = check.holderIfPasswordMatches(username, password).orElse(null);
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
        }

        /**
         * The caller went away: a ticket not yet checked counts for nothing (with {@link #admit()}'s block, so a ticket
         * taken while the caller leaves is released once, here or never taken).
         */
        synchronized void abandon() {
            if (state.compareAndSet(WAITING, ABANDONED) && ticket != null) {
                throttle.abandoned(ticket);
            }
        }
    }

    private static String address(UsernamePasswordAuthenticationRequest request) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return http == null || http.request().remoteAddress() == null ? "unknown"
                : http.request().remoteAddress().hostAddress();
    }
}
