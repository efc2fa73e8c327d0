package org.verso.recovery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the embedded H2 database, after a run that did not stop cleanly, removes the rows an unfinished transaction left
 * without their parent ({@link OrphanSweep}) before anything else reads the database, and logs each removal.
 * PostgreSQL undoes an unfinished transaction whole, so it is not swept.
 */
@ApplicationScoped
class RecoveryAtStart {

    private static final Logger LOG = Logger.getLogger(RecoveryAtStart.class);
    private static final int KEYS_LOGGED = 20;

    private final UncleanStop stop;
    private final boolean embedded;

    RecoveryAtStart(@ConfigProperty(name = "verso.data-dir") Path dataDir,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.stop = new UncleanStop(dataDir.resolve("verso.running"));
        this.embedded = "h2".equals(dbKind);
    }

    void onStart(@Observes @Priority(1) StartupEvent started, DataSource dataSource) {
        if (embedded && stop.begin()) {
            sweep(dataSource, stop);
        }
    }

    void onStop(@Observes ShutdownEvent stopped) {
        if (embedded) {
            stop.end();
        }
    }

    /**
     * One transaction: all of it or nothing. A sweep that fails is logged and Verso starts anyway, since the rows it
     * looks for are ones nothing reads through a document; the log says how to have it tried again.
     */
    static void sweep(DataSource dataSource, UncleanStop stop) {
        LOG.info("The last run did not stop cleanly: looking for rows an unfinished transaction left behind");
        List<OrphanSweep.Removed> removed;
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                removed = OrphanSweep.sweep(db);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "Looking for rows left by an unfinished transaction failed, so nothing was removed. Verso"
                    + " starts anyway; to try again, stop it and create %s before the next start", stop.marker());
            return;
        }
        for (OrphanSweep.Removed r : removed) {
            List<Object> keys = r.missingKeys();
            Object named = keys.size() <= KEYS_LOGGED ? keys
                    : keys.subList(0, KEYS_LOGGED) + " and " + (keys.size() - KEYS_LOGGED) + " more";
            LOG.warnf("Removed %d row(s) of %s left by an unfinished transaction: their %s named %s, rows missing"
                    + " after the stop or removed with them", r.rows(), r.table(), r.column(), named);
        }
        if (removed.isEmpty()) {
            LOG.info("No row was left without its parent");
        }
    }
}
