import java.io.IOException;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Crash test (run by .ci/crash-test): the production jar on an H2 file database takes saves and imports, is killed
 * with SIGKILL mid-load, and restarts. Every save and import that got a 2xx must be there, and the database must hold
 * no orphan row and no half-imported document. Then the README's H2 backup (org.h2.tools.Script) and restore
 * (org.h2.tools.RunScript) run for real, and a Verso started on the restored copy must show the same saves.
 * Usage (see .ci/crash-test): javac -d DIR .ci/java/*.java; java -cp DIR CrashTest target/quarkus-app
 */
public class CrashTest {

    static final String PASSWORD = "crash-test-secret";
    static final int SENTENCES = 300;

    record Save(long segmentId, int version, String text) {
    }

    final Path app;
    final Path work;
    final Verso verso;

    CrashTest(Path app, Path work) throws IOException {
        this.app = app;
        this.work = work;
        this.verso = new Verso("crash-test", app, work);
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args.length > 0 ? args[0] : "target/quarkus-app").toAbsolutePath();
        Verso.runIn("verso-crash", work -> new CrashTest(app, work).run());
        System.out.println("Crash test passed");
    }

    void run() throws Exception {
        Path data = work.resolve("data");
        start(data, "first");
        long document = importArticle("crash-setup", 20);
        verso.call("POST", "/api/documents/" + document + "/languages", "{\"language\":\"de\"}", 201);
        List<Long> segments = Verso.numbers(verso.get("/api/documents/" + document + "/segments"), "id");

        Map<Long, Integer> versions = new ConcurrentHashMap<>();
        segments.forEach(s -> versions.put(s, 0));
        ConcurrentLinkedQueue<Save> saves = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> imports = new ConcurrentLinkedQueue<>();
        List<Thread> load = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            load.add(Verso.started(() -> saveUntilDown(document, segments, versions, saves)));
        }
        for (int w = 0; w < 2; w++) {
            load.add(Verso.started(() -> importUntilDown(imports)));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((saves.size() < 300 || imports.size() < 3) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        verso.kill();
        for (Thread t : load) {
            t.join();
        }
        System.out.println("Killed Verso with SIGKILL after " + saves.size() + " acknowledged saves and "
                + imports.size() + " acknowledged imports");
        require(saves.size() > 0 && !imports.isEmpty(), "the load produced no acknowledged work before the kill");

        String before = verso.cookie;
        start(data, "after-kill");
        checkSessionSurvived(before);
        checkSwept();
        verifySaves(document, saves);
        verifyImports(imports);
        stop();
        checkIntegrity(data);

        Path backup = work.resolve("verso-backup.zip");
        h2Tool("org.h2.tools.Script", "-url", h2Url(data), "-user", "verso", "-script", backup.toString(),
                "-options", "compression", "zip");
        Path restored = work.resolve("restored");
        h2Tool("org.h2.tools.RunScript", "-url", h2Url(restored), "-user", "verso", "-script", backup.toString(),
                "-options", "compression", "zip");
        start(restored, "restored");
        verifySaves(document, saves);
        verifyImports(imports);
        stop();
        System.out.println("H2 backup and restore kept " + saves.size() + " saves and " + imports.size()
                + " imports");
    }

    /**
     * A login made before the kill still holds after the restart (sessions live in the database), and no run's log
     * holds a session key or token.
     */
    void checkSessionSurvived(String cookieBeforeKill) throws Exception {
        String token = cookieBeforeKill.substring(cookieBeforeKill.indexOf('=') + 1);
        for (String run : List.of("first", "after-kill")) {
            String log = Files.readString(verso.log(run));
            require(!log.contains(token) && !log.toLowerCase().contains("temporary key"),
                    "the log of run " + run + " holds a session token or key");
        }
        String current = verso.cookie;
        verso.cookie = cookieBeforeKill;
        verso.get("/api/documents");
        verso.cookie = current;
        System.out.println("A login survived the restart; no log holds a session token or key");
    }

    /** Only the start after the kill looks for rows an unfinished transaction left (RecoveryAtStart). */
    void checkSwept() throws IOException {
        require(!Files.readString(verso.log("first")).contains("did not stop cleanly"), "the first start swept");
        List<String> sweep = Files.readAllLines(verso.log("after-kill")).stream()
                .filter(line -> line.contains("did not stop cleanly") || line.contains("unfinished transaction")
                        || line.contains("without its parent"))
                .toList();
        require(!sweep.isEmpty(), "the start after the kill did not look for rows left by unfinished transactions");
        sweep.forEach(System.out::println);
    }

    void saveUntilDown(long document, List<Long> segments, Map<Long, Integer> versions, ConcurrentLinkedQueue<Save> saves) {
        Random random = new Random();
        try {
            while (true) {
                long segment = segments.get(random.nextInt(segments.size()));
                int version = versions.get(segment);
                String text = "Text " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).replaceAll("\\d", "x");
                HttpResponse<String> answer = verso.send("PUT", "/api/documents/" + document
                        + "/languages/de/translations/" + segment,
                        "{\"text\":\"" + text + "\",\"status\":\"TRANSLATED\",\"version\":" + version + "}");
                List<Long> v = Verso.numbers(answer.body(), "version");
                if (answer.statusCode() == 200) {
                    saves.add(new Save(segment, v.get(0).intValue(), text));
                } else if (answer.statusCode() != 409) {
                    throw new IllegalStateException("save answered " + answer.statusCode() + ": " + answer.body());
                }
                if (!v.isEmpty()) {
                    versions.merge(segment, v.get(0).intValue(), Math::max);
                }
            }
        } catch (IOException | InterruptedException down) {
            // The process was killed: this writer stops.
        }
    }

    void importUntilDown(ConcurrentLinkedQueue<Long> imports) {
        try {
            while (true) {
                imports.add(importArticle("crash-import", SENTENCES));
            }
        } catch (IOException | InterruptedException | IllegalStateException down) {
            // The process was killed mid-import.
        }
    }

    long importArticle(String title, int sentences) throws IOException, InterruptedException {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            content.append("The council met again and spoke about the harbour. ");
            if (i % 5 == 4) {
                content.append("\\n\\n");
            }
        }
        String body = "{\"title\":\"" + title + "\",\"sourceLanguage\":\"en\",\"format\":\"text\",\"content\":\""
                + content + "\"}";
        return Verso.numbers(verso.call("POST", "/api/documents", body, 201), "id").get(0);
    }

    void verifySaves(long document, ConcurrentLinkedQueue<Save> saves) throws Exception {
        Map<Long, String> histories = new HashMap<>();
        for (Save save : saves) {
            String history = histories.computeIfAbsent(save.segmentId(), s -> verso.get("/api/documents/" + document
                    + "/languages/de/translations/" + s + "/revisions"));
            require(history.contains("\"version\":" + save.version() + ",\"text\":\"" + save.text() + "\""),
                    "acknowledged save lost: " + save);
        }
    }

    void verifyImports(ConcurrentLinkedQueue<Long> imports) throws Exception {
        for (long id : imports) {
            int segments = Verso.numbers(verso.get("/api/documents/" + id + "/segments"), "id").size();
            require(segments == SENTENCES, "document " + id + " has " + segments + " of " + SENTENCES + " segments");
        }
    }

    /** Orphans and half-imported documents, straight from the H2 file with the driver Verso ships. */
    void checkIntegrity(Path data) throws Exception {
        Map<String, String> checks = new HashMap<>();
        checks.put("segments without a document",
                "SELECT COUNT(*) FROM segment s LEFT JOIN document d ON d.id = s.document_id WHERE d.id IS NULL");
        checks.put("translations without a segment",
                "SELECT COUNT(*) FROM translation t LEFT JOIN segment s ON s.id = t.segment_id WHERE s.id IS NULL");
        checks.put("revisions without a translation", "SELECT COUNT(*) FROM revision r LEFT JOIN translation t"
                + " ON t.id = r.translation_id WHERE t.id IS NULL");
        checks.put("documents without segments", "SELECT COUNT(*) FROM document d WHERE NOT EXISTS"
                + " (SELECT 1 FROM segment s WHERE s.document_id = d.id)");
        checks.put("imported articles with a part missing", "SELECT COUNT(*) FROM document d WHERE d.title ="
                + " 'crash-import' AND (SELECT COUNT(*) FROM segment s WHERE s.document_id = d.id) <> " + SENTENCES);
        checks.put("languages missing a translation per segment", "SELECT COUNT(*) FROM document_language l WHERE"
                + " (SELECT COUNT(*) FROM translation t WHERE t.document_id = l.document_id AND t.language = l.language)"
                + " <> (SELECT COUNT(*) FROM segment s WHERE s.document_id = l.document_id)");
        checks.put("translations whose version disagrees with their revisions", "SELECT COUNT(*) FROM translation t"
                + " WHERE t.version <> (SELECT COUNT(*) FROM revision r WHERE r.translation_id = t.id)");
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {h2Jar().toUri().toURL()});
             Connection db = ((Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance())
                     .connect(h2Url(data), credentials());
             Statement sql = db.createStatement()) {
            for (Map.Entry<String, String> check : checks.entrySet()) {
                try (ResultSet rows = sql.executeQuery(check.getValue())) {
                    rows.next();
                    require(rows.getLong(1) == 0, rows.getLong(1) + " " + check.getKey());
                }
            }
        }
        System.out.println("Integrity holds: " + String.join(", ", checks.keySet()) + ": none");
    }

    void start(Path data, String name) throws Exception {
        verso.start(name, List.of("-Dverso.data-dir=" + data, "-Dverso.admin.password=" + PASSWORD), Map.of());
        verso.login("admin", PASSWORD);
    }

    void stop() throws InterruptedException {
        verso.stop(); // a clean shutdown, so the H2 file can be opened by the next step
    }

    void h2Tool(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-cp", h2Jar().toString(), tool));
        command.addAll(List.of(args));
        Process run = new ProcessBuilder(command).inheritIO().start();
        require(run.waitFor() == 0, tool + " failed");
    }

    Path h2Jar() throws IOException {
        try (var files = Files.list(app.resolve("lib/main"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("com.h2database.h2-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no H2 jar in " + app));
        }
    }

    static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.resolve("verso");
    }

    static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "verso");
        p.setProperty("password", "");
        return p;
    }

    static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("Crash test failed: " + failure);
        }
    }
}
