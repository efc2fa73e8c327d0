package org.verso.account;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.AbstractConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts login cookies, when none is configured. Quarkus would otherwise make a temporary one at every
 * start and write it to the log, and anyone who reads that line can forge an admin's cookie. With the embedded H2
 * database the key is made once, kept as {@code session.key} in {@code verso.data-dir} (readable by its owner only)
 * and read at every start, so logins also survive a restart. With PostgreSQL, where several instances share one
 * database and must share the key, a missing key stops the start with a message naming the setting. Registered in
 * {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}; the lowest precedence of all sources, so a key
 * set in a property, the environment or a profile always wins.
 */
public final class SessionKeySource implements ConfigSourceFactory {

    public static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String FILE = "session.key";
    private static final int ORDINAL = 5;

    private final BooleanSupplier applicationRunning;

    /** As the service loader makes it: the key is answered only while a Quarkus application starts or runs. */
    public SessionKeySource() {
        this(() -> ExecutionMode.current() != ExecutionMode.UNSET);
    }

    SessionKeySource(BooleanSupplier applicationRunning) {
        this.applicationRunning = applicationRunning;
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!blank(context.getValue(PROPERTY))) {
            return List.of();
        }
        boolean postgres = "postgresql".equals(value(context.getValue("quarkus.datasource.db-kind")));
        String dataDir = value(context.getValue("verso.data-dir"));
        return List.of(new Source(postgres, Path.of(dataDir == null ? "./data" : dataDir), applicationRunning));
    }

    private static boolean blank(ConfigValue value) {
        return value(value) == null || value(value).isBlank();
    }

    private static String value(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    /** The key, made or read only when Quarkus asks for it: a build never touches the data folder. */
    static final class Source extends AbstractConfigSource {

        private final boolean postgres;
        private final Path dataDir;
        private final transient BooleanSupplier applicationRunning;
        private volatile String key;

        Source(boolean postgres, Path dataDir, BooleanSupplier applicationRunning) {
            super("verso session key in " + dataDir.resolve(FILE), ORDINAL);
            this.postgres = postgres;
            this.dataDir = dataDir;
            this.applicationRunning = applicationRunning;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(PROPERTY);
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of(PROPERTY, getValue(PROPERTY));
        }

        @Override
        public String getValue(String name) {
            // The build asks too, and would record the answer into the jar as a default for every install.
            if (!PROPERTY.equals(name) || !applicationRunning.getAsBoolean()) {
                return null;
            }
            if (postgres) {
                throw new IllegalStateException("No session key: set " + PROPERTY + " (environment variable"
                        + " QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) to the same 32 or more random characters on"
                        + " every Verso instance that shares this PostgreSQL database, e.g. the output of"
                        + " `openssl rand -hex 32`. Without it each instance would make its own key, and a login"
                        + " would hold only on the instance that made it.");
            }
            String known = key;
            if (known == null) {
                synchronized (this) {
                    if (key == null) {
                        key = readOrCreate(dataDir.resolve(FILE));
                    }
                    known = key;
                }
            }
            return known;
        }
    }

    /**
     * The key in {@code file}, or a new random one written there first (owner read and write only, where the file
     * system has such permissions). The complete file is moved into place only if none is there yet, so a reader never
     * sees half a key and an existing key is never replaced.
     */
    static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return read(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".new");
            try {
                restrictToOwner(temporary);
                Files.writeString(temporary, HexFormat.of().formatHex(random) + "\n", StandardCharsets.US_ASCII);
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // another start made it first: read that one below
            } finally {
                Files.deleteIfExists(temporary);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Make verso.data-dir writable, or set " + PROPERTY + ".", e);
        }
    }

    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.length() < 32) {
            throw new IOException("the file holds " + key.length() + " characters, fewer than 32");
        }
        return key;
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
