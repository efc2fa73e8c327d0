import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two Verso processes (the production jar built for PostgreSQL) on one PostgreSQL database, as behind a load
 * balancer, run by .ci/two-instances. It checks what only a second process can show:
 * <ol>
 * <li>a login on one instance is valid on the other (sessions live in the shared database, no key to share),
 * and a logout on the other ends it on both;</li>
 * <li>live collaboration: a save and a "now editing" on instance A reach an editor's event stream on instance B
 * (LISTEN/NOTIFY), with who did it; a stale save on B still gets the conflict answer;</li>
 * <li>translation memory: a translation approved on one instance is a 100% match on the other, and a fuzzy match
 * from the other's own index (which follows the shared table);</li>
 * <li>jobs: background imports queued on both instances each run exactly once (the two logs together show one start
 * per job) and the memory holds exactly what they imported;</li>
 * <li>restart safety: the instance running a large import is killed with SIGKILL; the other takes the job back
 * once its heartbeat is stale, and no job stays "running".</li>
 * </ol>
 * Usage: VERSO_DB_URL=… VERSO_DB_USER=… VERSO_DB_PASSWORD=… java -cp DIR TwoInstances target/quarkus-app
 */
public class TwoInstances {

    static final String PASSWORD = "two-instances-secret";
    static final String TINA_PASSWORD = "tina-two-instances";
    static final int SMALL_IMPORTS = 8;
    static final int SMALL_UNITS = 50;
    static final int LARGE_UNITS = 300_000;
    static final Pattern JOB_STARTED = Pattern.compile("Job (\\d+) \\(([\\w-]+)\\) started on (\\w+)");

    final Path app;
    final Path work;
    final Verso a;
    final Verso b;

    TwoInstances(Path app, Path work) throws Exception {
        this.app = app;
        this.work = work;
        this.a = new Verso("a", app, work);
        this.b = new Verso("b", app, work);
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args.length > 0 ? args[0] : "target/quarkus-app").toAbsolutePath();
        Verso.runIn("verso-two", work -> new TwoInstances(app, work).run());
        System.out.println("Two-instance test passed");
    }

    void run() throws Exception {
        // Both start at once on the empty database: Flyway and the first admin must cope with the race.
        Thread startB = Verso.started(() -> start(b));
        start(a);
        startB.join();
        Verso.require(b.process.isAlive() && b.cookie != null, "instance b did not start");

        String bCookie = b.cookie;
        b.cookie = a.cookie;
        b.call("GET", "/api/jobs", null, 200);
        b.cookie = bCookie;
        System.out.println("A login on instance a is valid on instance b");
        Verso once = new Verso("a (logged out on b)", a);
        once.login("admin", PASSWORD);
        Verso onB = new Verso("b (same session)", b);
        onB.cookie = once.cookie;
        onB.call("POST", "/logout", null, 303);
        once.call("GET", "/api/jobs", null, 401);
        System.out.println("A logout on instance b ended the session on instance a");

        a.call("POST", "/api/users", "{\"username\":\"tina\",\"password\":\"" + TINA_PASSWORD
                + "\",\"roles\":[\"TRANSLATOR\"]}", 201);
        Verso tinaOnA = new Verso("a (tina)", a);
        tinaOnA.login("tina", TINA_PASSWORD);

        long document = Verso.numbers(a.call("POST", "/api/documents", "{\"title\":\"Two instances\","
                + "\"sourceLanguage\":\"en\",\"format\":\"text\",\"content\":\"The ferry left the harbour at dawn. "
                + "The mayor thanked the crew. The town council met again.\\n\\nRain is expected by evening.\"}", 201),
                "id").get(0);
        a.call("POST", "/api/documents/" + document + "/languages", "{\"language\":\"ru\"}", 201);
        List<Long> segments = Verso.numbers(b.get("/api/documents/" + document + "/segments"), "id");
        Verso.require(segments.size() == 4, "expected 4 segments, got " + segments);

        liveEvents(document, segments, tinaOnA);
        memoryAcrossInstances(document, segments);
        jobsRunOnce();
        killedInstanceReleasesItsJob();
    }

    void start(Verso verso) {
        try {
            verso.start(verso.name, List.of("-Dverso.data-dir=" + work.resolve("data-" + verso.name),
                            "-Dverso.admin.password=" + PASSWORD, "-Dverso.jobs.instance-id=" + verso.name,
                            "-Dverso.jobs.stale-after=5s", "-Dverso.segmentation.warm-up=false"),
                    Map.of("QUARKUS_PROFILE", "pg"));
            verso.login("admin", PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("instance " + verso.name + " did not start", e);
        }
    }

    /** Tina saves and enters a segment on A; the editor's stream on B hears both, naming her. */
    void liveEvents(long document, List<Long> segments, Verso tinaOnA) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        InputStream stream = b.stream("/api/documents/" + document + "/languages/ru/events");
        Thread reader = Verso.started(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        events.add(line.substring(5));
                    }
                }
            } catch (Exception closed) {
                // The stream ends when the test closes it.
            }
        });
        waitFor(events, e -> e.contains("\"type\":\"ping\""), "the first ping on b's stream");

        long segment = segments.get(0);
        long saved = System.nanoTime();
        tinaOnA.call("PUT", "/api/documents/" + document + "/languages/ru/translations/" + segment,
                "{\"text\":\"Паром вышел из гавани на рассвете.\",\"status\":\"TRANSLATED\",\"version\":0}", 200);
        String event = waitFor(events, e -> e.contains("\"type\":\"saved\"") && e.contains("\"segmentId\":" + segment),
                "tina's save on a, on b's stream");
        long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved);
        Verso.require(event.contains("\"user\":\"tina\"") && event.contains("Паром"),
                "the save event names tina and carries the text: " + event);
        System.out.println("A save on instance a reached the event stream on instance b in " + latency + " ms");

        tinaOnA.call("POST", "/api/documents/" + document + "/languages/ru/presence",
                "{\"segmentId\":" + segments.get(1) + ",\"editing\":true}", 204);
        long entered = segments.get(1);
        event = waitFor(events, e -> e.contains("\"type\":\"editing\"") && e.contains("\"segmentId\":" + entered),
                "tina's presence on a, on b's stream");
        Verso.require(event.contains("\"user\":\"tina\""), "the presence event names tina: " + event);
        System.out.println("\"tina is editing\" from instance a reached instance b");
        stream.close();
        reader.interrupt();

        var stale = b.send("PUT", "/api/documents/" + document + "/languages/ru/translations/" + segment,
                "{\"text\":\"Другой перевод.\",\"status\":\"TRANSLATED\",\"version\":0}");
        Verso.require(stale.statusCode() == 409, "a stale save on b answers 409, not " + stale.statusCode());
        System.out.println("A stale save on instance b got the conflict answer (409)");
    }

    /** Approved on one instance, a 100% match on the other: both directions. */
    void memoryAcrossInstances(long document, List<Long> segments) throws Exception {
        b.call("PUT", "/api/documents/" + document + "/languages/ru/translations/" + segments.get(0),
                "{\"text\":\"Паром вышел из гавани на рассвете.\",\"status\":\"APPROVED\",\"version\":1}", 200);
        eventually(() -> a.get(ruMatches("The ferry left the harbour at dawn.")),
                m -> m.contains("\"score\":100") && m.contains("Паром"), "b's approval as a 100% match on a");
        // A fuzzy match comes from a's own index, which follows the table: b's unit must have reached it.
        eventually(() -> a.get(ruMatches("The ferry left the harbour at noon.")),
                m -> fuzzy(m) && m.contains("Паром"), "b's approval as a fuzzy match from a's index");
        a.call("PUT", "/api/documents/" + document + "/languages/ru/translations/" + segments.get(1),
                "{\"text\":\"Мэр поблагодарил экипаж.\",\"status\":\"APPROVED\",\"version\":0}", 200);
        eventually(() -> b.get(ruMatches("The mayor thanked the whole crew.")),
                m -> fuzzy(m) && m.contains("Мэр"), "a's approval as a fuzzy match from b's index");
        System.out.println("Approved translations became 100% and fuzzy memory matches on the other instance"
                + " (both directions)");
    }

    /** Imports queued on both instances: each runs once, on either instance, and the memory holds them all. */
    void jobsRunOnce() throws Exception {
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < SMALL_IMPORTS; i++) {
            Verso to = i % 2 == 0 ? a : b;
            jobs.add(Verso.numbers(to.upload("/api/memory/import?async=true", "batch-" + i + ".tmx",
                    tmx("en", "de", i * SMALL_UNITS, SMALL_UNITS), Map.of(), 202), "id").get(0));
        }
        for (long job : jobs) {
            String done = eventually(() -> b.get("/api/jobs/" + job), j -> !j.contains("\"state\":\"queued\"")
                    && !j.contains("\"state\":\"running\""), "job " + job + " ends");
            Verso.require(done.contains("\"state\":\"done\"") && Verso.numbers(done, "imported").equals(
                    List.of((long) SMALL_UNITS)), "job " + job + " imported all " + SMALL_UNITS + " units: " + done);
        }
        Map<Long, List<String>> starts = jobStarts();
        Map<String, Integer> perInstance = new HashMap<>();
        for (long job : jobs) {
            List<String> ranOn = starts.getOrDefault(job, List.of());
            Verso.require(ranOn.size() == 1, "job " + job + " started exactly once, but on " + ranOn);
            perInstance.merge(ranOn.get(0), 1, Integer::sum);
        }
        long units = count("SELECT COUNT(*) FROM memory_unit WHERE source_language = 'en' AND target_language = 'de'");
        Verso.require(units == (long) SMALL_IMPORTS * SMALL_UNITS, "the memory holds " + units + " en→de units, not "
                + SMALL_IMPORTS * SMALL_UNITS);
        System.out.println(SMALL_IMPORTS + " import jobs queued on both instances ran once each " + perInstance
                + "; the memory holds all " + units + " units");
    }

    /** SIGKILL the instance running a large import: the other marks the job failed, with how far it got. */
    void killedInstanceReleasesItsJob() throws Exception {
        long job = Verso.numbers(a.upload("/api/memory/import?async=true", "large.tmx",
                tmx("en", "fr", 0, LARGE_UNITS), Map.of(), 202), "id").get(0);
        String running = eventually(() -> a.get("/api/jobs/" + job), j -> j.contains("\"state\":\"running\"")
                && Verso.numbers(j, "done").stream().anyMatch(d -> d > 0), "the large import makes progress");
        List<String> ranOn = jobStarts().get(job);
        Verso.require(ranOn != null && ranOn.size() == 1, "the large import started once: " + ranOn);
        Verso victim = ranOn.get(0).equals("a") ? a : b;
        Verso survivor = victim == a ? b : a;
        victim.kill();
        long killed = System.nanoTime();
        System.out.println("Killed instance " + victim.name + " with SIGKILL while it ran the large import: "
                + running);
        String after = eventually(() -> survivor.get("/api/jobs/" + job), j -> !j.contains("\"state\":\"running\""),
                "instance " + survivor.name + " takes the job back");
        Verso.require(after.contains("\"state\":\"failed\"") && after.contains("stopped after"),
                "the job failed, saying how far it got: " + after);
        Verso.require(count("SELECT COUNT(*) FROM job WHERE state = 'running'") == 0, "no job stays running");
        System.out.println("Instance " + survivor.name + " marked it failed after "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed) + " s: " + after);
    }

    static boolean fuzzy(String matches) {
        return Verso.numbers(matches, "score").stream().anyMatch(score -> score >= 50 && score < 100);
    }

    /** Job id → the instances whose log says they started it. */
    Map<Long, List<String>> jobStarts() throws Exception {
        Map<Long, List<String>> starts = new HashMap<>();
        for (Verso v : List.of(a, b)) {
            Matcher m = JOB_STARTED.matcher(Files.readString(v.log(v.name)));
            while (m.find()) {
                starts.computeIfAbsent(Long.parseLong(m.group(1)), k -> new ArrayList<>()).add(m.group(3));
            }
        }
        return starts;
    }

    static byte[] tmx(String source, String target, int first, int count) {
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                + "<header creationtool=\"two-instances\" creationtoolversion=\"1\" segtype=\"sentence\""
                + " o-tmf=\"none\" adminlang=\"en\" srclang=\"" + source + "\" datatype=\"plaintext\"/><body>\n");
        for (int i = first; i < first + count; i++) {
            tmx.append("<tu><tuv xml:lang=\"").append(source).append("\"><seg>Harbour notice number ").append(i)
                    .append(" for the ferry crews.</seg></tuv><tuv xml:lang=\"").append(target)
                    .append("\"><seg>Avis ").append(i).append(" aux équipages.</seg></tuv></tu>\n");
        }
        return tmx.append("</body></tmx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String waitFor(BlockingQueue<String> events, Predicate<String> wanted, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            String event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            Verso.require(event != null, what + " did not arrive within 10 s");
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    static String eventually(Supplier<String> read, Predicate<String> wanted, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String value = read.get();
            if (wanted.test(value)) {
                return value;
            }
            Verso.require(System.nanoTime() < deadline, what + ": not within 60 s; last seen " + value);
            Thread.sleep(100);
        }
    }

    long count(String sql) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv("VERSO_DB_USER"));
        credentials.setProperty("password", System.getenv("VERSO_DB_PASSWORD"));
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar("org.postgresql.postgresql-")
                .toUri().toURL()});
             Connection db = ((Driver) loader.loadClass("org.postgresql.Driver").getDeclaredConstructor()
                     .newInstance()).connect(System.getenv("VERSO_DB_URL"), credentials);
             PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Path jar(String prefix) throws Exception {
        try (var files = Files.list(app.resolve("lib/main"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + " jar in " + app));
        }
    }

    /** The English→Russian memory matches for a sentence. */
    static String ruMatches(String sentence) {
        return "/api/memory/matches?source=en&target=ru&q="
                + java.net.URLEncoder.encode(sentence, StandardCharsets.UTF_8);
    }
}
