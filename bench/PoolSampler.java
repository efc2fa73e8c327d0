import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Logs once a second the database sessions Verso's connection pool holds, seen from the database (Verso has no
 * metrics extension, and Agroal's own event log is TRACE, one line per acquire): for each pool, sessions open,
 * running a statement, and inside a transaction. PostgreSQL: pg_stat_activity, one row per application_name (set
 * per instance by bench/streams.sh). H2: INFORMATION_SCHEMA.SESSIONS through AUTO_SERVER, the only way a second
 * process may open an embedded H2 file. This sampler's own session is left out.
 * Usage: java -cp 'target/quarkus-app/lib/main/*' bench/PoolSampler.java JDBC_URL USER PASSWORD
 * Prints: epoch-seconds, then "name open=N running=N in-transaction=N" per pool.
 */
public class PoolSampler {
    public static void main(String[] args) throws Exception {
        String sql = args[0].startsWith("jdbc:postgresql:")
                ? "SELECT application_name, count(*), count(*) FILTER (WHERE state = 'active'),"
                        + " count(*) FILTER (WHERE state LIKE 'idle in transaction%') FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1"
                : "SELECT 'h2', COUNT(*), COUNT(EXECUTING_STATEMENT), COUNT(CASE WHEN CONTAINS_UNCOMMITTED THEN 1 END)"
                        + " FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()";
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
                Statement s = c.createStatement()) {
            while (true) {
                StringBuilder line = new StringBuilder(Long.toString(System.currentTimeMillis() / 1000));
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        String name = r.getString(1); // a backend still connecting has no application name yet
                        line.append(' ').append(name == null || name.isBlank() ? "(unnamed)" : name).append(" open=").append(r.getInt(2))
                                .append(" running=").append(r.getInt(3)).append(" in-transaction=").append(r.getInt(4));
                    }
                }
                System.out.println(line);
                Thread.sleep(1000);
            }
        }
    }
}
