package org.verso.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries live events between instances that share one PostgreSQL: each instance LISTENs on one channel over a
 * connection of its own and sends with NOTIFY, which PostgreSQL delivers to every listener, the sender included.
 * A notification holds at most 8,000 bytes, so an event whose text is longer goes without its text.
 */
final class PgRelay implements AutoCloseable {

    static final String CHANNEL = "verso_live";
    private static final int MAX_PAYLOAD = 7_900;
    private static final Logger LOG = Logger.getLogger(PgRelay.class);

    private final DataSource dataSource;
    private final ObjectMapper json;
    private volatile boolean running;
    private Thread listener;

    PgRelay(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Whether the database is PostgreSQL, so events can travel through it. */
    static boolean supported(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Starts listening; every event that arrives, from any instance, goes to {@code sink}. */
    void listen(Consumer<LiveEvent> sink) {
        running = true;
        listener = new Thread(() -> listenUntilClosed(sink), "verso-live-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /** Sends to every listening instance; false when it could not (then the caller delivers locally). */
    boolean send(LiveEvent event) {
        if (!running) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload(event));
            notify.execute();
            return true;
        } catch (SQLException | JsonProcessingException e) {
            LOG.warnf("Could not send a live event through PostgreSQL: %s", e.getMessage());
            return false;
        }
    }

    private String payload(LiveEvent event) throws JsonProcessingException {
        String full = json.writeValueAsString(event);
        return full.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD ? full
                : json.writeValueAsString(event.withoutText());
    }

    /** Holds one connection in LISTEN; when it breaks (a database restart), opens a new one a second later. */
    private void listenUntilClosed(Consumer<LiveEvent> sink) {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(500);
                    for (PGNotification n : arrived == null ? new PGNotification[0] : arrived) {
                        sink.accept(json.readValue(n.getParameter(), LiveEvent.class));
                    }
                }
            } catch (SQLException | JsonProcessingException e) {
                if (running) {
                    LOG.warnf("Live events: PostgreSQL listener lost its connection (%s); retrying", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }
}
