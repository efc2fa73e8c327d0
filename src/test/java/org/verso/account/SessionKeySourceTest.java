package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the login cookies' key comes from when none is configured: a file of the data folder, never the log. */
class SessionKeySourceTest {

    /** As while an application starts; the build is {@link #duringTheBuildNothingIsAnsweredOrMade}. */
    private static final SessionKeySource RUNNING = new SessionKeySource(() -> true);

    @TempDir
    Path data;

    @Test
    void withH2TheKeyIsMadeOnceKeptOwnerOnlyAndReadAtTheNextStart() throws IOException {
        String first = key(Map.of("verso.data-dir", data.toString(), "quarkus.datasource.db-kind", "h2"));
        Path file = data.resolve(SessionKeySource.FILE);

        assertEquals(64, first.length());
        assertEquals(first, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, key(Map.of("verso.data-dir", data.toString(), "quarkus.datasource.db-kind", "h2")),
                "a restart reads the same key, so logins survive it");
        try (var files = Files.list(data)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anotherDataFolderGetsAnotherKey() {
        String one = key(Map.of("verso.data-dir", data.resolve("one").toString()));
        String two = key(Map.of("verso.data-dir", data.resolve("two").toString()));
        assertNotEquals(one, two);
    }

    @Test
    void aConfiguredKeyWinsAndNoFileIsMade() {
        Map<String, String> config = Map.of("verso.data-dir", data.toString(), SessionKeySource.PROPERTY,
                "configured-key-of-at-least-thirty-two-chars");
        assertFalse(RUNNING.getConfigSources(context(config)).iterator().hasNext());
        assertFalse(Files.exists(data.resolve(SessionKeySource.FILE)));
    }

    @Test
    void withPostgresqlAMissingKeyStopsTheStartNamingTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> key(Map.of(
                "verso.data-dir", data.toString(), "quarkus.datasource.db-kind", "postgresql")));
        assertTrue(refused.getMessage().contains(SessionKeySource.PROPERTY), refused.getMessage());
        assertTrue(refused.getMessage().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), refused.getMessage());
        assertFalse(Files.exists(data.resolve(SessionKeySource.FILE)));
    }

    @Test
    void aTruncatedKeyFileIsRefusedRatherThanUsed() throws IOException {
        Files.writeString(data.resolve(SessionKeySource.FILE), "short\n");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> key(Map.of("verso.data-dir",
                data.toString())));
        assertTrue(refused.getMessage().contains("fewer than 32"), refused.getMessage());
    }

    @Test
    void onlyTheKeyIsAnswered() {
        ConfigSource source = RUNNING.getConfigSources(context(Map.of("verso.data-dir",
                data.toString()))).iterator().next();
        assertEquals(null, source.getValue("verso.data-dir"));
        assertFalse(Files.exists(data.resolve(SessionKeySource.FILE)), "nothing is made before the key is asked for");
    }

    /** The build asks too, and would record the key into the jar as a default for every install. */
    @Test
    void duringTheBuildNothingIsAnsweredOrMade() {
        ConfigSource source = new SessionKeySource(() -> false).getConfigSources(context(Map.of("verso.data-dir",
                data.toString(), "quarkus.datasource.db-kind", "postgresql"))).iterator().next();
        assertEquals(null, source.getValue(SessionKeySource.PROPERTY));
        assertFalse(Files.exists(data.resolve(SessionKeySource.FILE)));
    }

    private static String key(Map<String, String> config) {
        List<ConfigSource> sources = new ArrayList<>();
        RUNNING.getConfigSources(context(config)).forEach(sources::add);
        assertEquals(1, sources.size());
        return sources.get(0).getValue(SessionKeySource.PROPERTY);
    }

    private static ConfigSourceContext context(Map<String, String> config) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(config.get(name)).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return config.keySet().iterator();
            }
        };
    }
}
