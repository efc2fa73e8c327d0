package org.verso.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Creates the admin at start-up when the database has no user, so a fresh install can be logged into. */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    void onStart(@Observes StartupEvent event, UserService users) {
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
