package org.verso.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Creates the admin at start-up when the database has no user, so a fresh install can be logged into. The work (a
 * query, and on a first start a BCrypt hash on a cold JVM, 0.1–0.2 s) runs on a thread of its own beside the other
 * start-up work, such as Qute parsing every template; start-up ends only once it is done, so no request comes
 * before the admin exists (docs/performance.md, "Start and footprint").
 */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private CompletableFuture<Void> creating;

    /** Early: after the crash recovery (priority 1), before the observers at the default priority. */
    void begin(@Observes @Priority(2) StartupEvent event, UserService users) {
        creating = CompletableFuture.runAsync(() -> create(users), work -> {
            Thread thread = new Thread(work, "verso-first-admin");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Last: start-up is not over until the admin exists, or fails with the reason it could not be created. */
    void end(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        try {
            creating.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void create(UserService users) {
        try {
            users.createFirstAdminIfNone();
        } catch (RuntimeException e) {
            // Several instances sharing one empty database race here; the unique username lets one win.
            if (users.listUsers().isEmpty()) {
                throw e;
            }
            LOG.info("The first admin was created by another instance");
        }
    }
}
