package org.verso.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.sse;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A newsroom on Verso: N translators each open an editor page and keep its event stream open, fetch the memory's
 * matches when they enter a segment and save every 5–15 s; one reviewer per article language approves; an editor
 * imports an article and adds four languages now and then; a CMS polls the document list with a read token. Against one or
 * more instances (comma-separated {@code verso.url}: Gatling spreads virtual users over them like a load balancer).
 * Properties: {@code verso.url}, {@code verso.user}, {@code verso.password}, {@code load.translators} (N),
 * {@code load.per-language} (translators sharing one article's language), {@code load.ramp} and
 * {@code load.duration} (seconds). Assertions: save p99 ≤ 200 ms, page p99 ≤ 300 ms, no failed request.
 */
public class NewsroomSimulation extends Simulation {

    private static final String[] URLS = System.getProperty("verso.url", "http://localhost:8080").split(",");
    private static final int TRANSLATORS = Integer.getInteger("load.translators", 20);
    private static final int PER_LANGUAGE = Integer.getInteger("load.per-language", 3);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 60));
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.duration", 300));

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Newsroom newsroom;

    {
        try {
            String admin = System.getProperty("verso.user", "admin");
            String password = System.getProperty("verso.password", "");
            newsroom = new Newsroom(URLS[0], admin, password).build(TRANSLATORS, PER_LANGUAGE);
            WarmUp.run(List.of(URLS), admin, password, newsroom.translators, Integer.getInteger("load.warm-up", 50));
        } catch (Exception e) {
            throw new IllegalStateException("Setting up the newsroom failed", e);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrls(URLS).acceptHeader("application/json")
            .userAgentHeader("Verso newsroom load").disableCaching();

    private static Iterator<Map<String, Object>> seats(List<Newsroom.Seat> seats) {
        return seats.stream().map(Newsroom.Seat::feed).iterator();
    }

    /** Form login: the session cookie then rides on every request, as in a browser. */
    private static ChainBuilder logIn() {
        return exec(http("login").post("/j_security_check").header("Content-Type",
                "application/x-www-form-urlencoded").body(StringBody("j_username=#{username}&j_password=#{password}"))
                .disableFollowRedirect().check(status().in(302, 303)));
    }

    /** The editor page, then the versions of every translation of the language (what the page's rows carry). */
    private static ChainBuilder openEditor() {
        return exec(http("editor page").get("/documents/#{doc}/#{lang}").header("Accept", "text/html")
                .check(status().is(200)))
                .exec(http("translations").get("/api/documents/#{doc}/languages/#{lang}/translations")
                        .check(status().is(200), jsonPath("$[*]").ofMap().findAll().saveAs("rows")))
                .exec(session -> {
                    Map<Long, Integer> versions = new HashMap<>();
                    for (Map<String, Object> row : session.<Map<String, Object>>getList("rows")) {
                        versions.put(((Number) row.get("segmentId")).longValue(),
                                ((Number) row.get("version")).intValue());
                    }
                    return session.remove("rows").set("versions", versions);
                })
                .exec(http("segments").get("/api/documents/#{doc}/segments")
                        .check(status().is(200), jsonPath("$[*]").ofMap().findAll().saveAs("sources")))
                .exec(session -> {
                    // a translation carries its source's numbers, or the quality gate stops an approval
                    Map<Long, String> numbers = new HashMap<>();
                    for (Map<String, Object> row : session.<Map<String, Object>>getList("sources")) {
                        numbers.put(((Number) row.get("id")).longValue(), String.join(" ",
                                DIGITS.matcher(String.valueOf(row.get("source"))).results()
                                        .map(MatchResult::group).toList()));
                    }
                    return session.remove("sources").set("numbers", numbers);
                })
                .exec(sse("events").get("/api/documents/#{doc}/languages/#{lang}/events"));
    }

    /** Picks one of the seat's segments and the version to send with it. */
    private static Session pick(Session session) {
        List<Long> segments = session.getList("segments");
        long segment = segments.get(ThreadLocalRandom.current().nextInt(segments.size()));
        Map<Long, Integer> versions = session.get("versions");
        Map<Long, String> numbers = session.get("numbers");
        return session.set("segment", segment).set("version", versions.getOrDefault(segment, 0))
                .set("digits", numbers.getOrDefault(segment, "")).set("n", session.getInt("n") + 1);
    }

    private static Session saved(Session session) {
        Map<Long, Integer> versions = new HashMap<>(session.<Map<Long, Integer>>get("versions"));
        versions.put(session.getLong("segment"), session.getInt("saved"));
        return session.set("versions", versions);
    }

    private static ChainBuilder save(String name, String status, String text) {
        return exec(http(name).put("/api/documents/#{doc}/languages/#{lang}/translations/#{segment}")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"text\":\"" + text + "\",\"status\":\"" + status + "\",\"version\":#{version}}"))
                .check(status().is(200), jsonPath("$.version").ofInt().saveAs("saved")))
                .exec(NewsroomSimulation::saved);
    }

    private final ScenarioBuilder translators = scenario("translators")
            .feed(seats(newsroom.translators)).exec(session -> session.set("n", 0))
            .exec(logIn()).exec(openEditor())
            .during(DURATION).on(exec(NewsroomSimulation::pick)
                    .exec(http("matches").get("/api/documents/#{doc}/languages/#{lang}/matches/#{segment}")
                            .check(status().is(200)))
                    .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                    .exec(save("save", "TRANSLATED", "Перевод #{n} от #{username}: #{digits}.")))
            .exec(sse("close events").close());

    private final ScenarioBuilder reviewers = scenario("reviewers")
            .feed(seats(newsroom.reviewers)).exec(session -> session.set("n", 0))
            .exec(logIn()).exec(openEditor())
            .during(DURATION).on(exec(NewsroomSimulation::pick)
                    .pause(Duration.ofSeconds(10), Duration.ofSeconds(30))
                    .exec(save("approve", "APPROVED", "Проверено #{n}: #{digits}.")))
            .exec(sse("close events").close());

    private final ScenarioBuilder editor = scenario("editor")
            .exec(session -> session.set("username", newsroom.editorName).set("password", newsroom.editorPassword))
            .exec(logIn())
            .during(DURATION).on(exec(http("import").post("/api/documents").header("Content-Type",
                            "application/json")
                    .body(StringBody(session -> "{\"title\":\"Breaking " + System.nanoTime()
                            + "\",\"sourceLanguage\":\"en\",\"format\":\"text\",\"content\":"
                            + Newsroom.json(Newsroom.text(7, 30)) + "}"))
                    .check(status().is(201), jsonPath("$.id").saveAs("doc")))
                    .foreach(Newsroom.LANGUAGES, "language").on(exec(http("add language")
                            .post("/api/documents/#{doc}/languages").header("Content-Type", "application/json")
                            .body(StringBody("{\"language\":\"#{language}\"}")).check(status().is(201))))
                    .pause(Duration.ofSeconds(30), Duration.ofSeconds(60)));

    private final ScenarioBuilder cms = scenario("cms")
            .during(DURATION).on(exec(http("cms documents").get("/api/documents")
                    .header("Authorization", "Bearer " + newsroom.cmsToken).check(status().is(200)))
                    .pause(Duration.ofSeconds(5)));

    {
        setUp(translators.injectOpen(rampUsers(newsroom.translators.size()).during(RAMP)),
                reviewers.injectOpen(rampUsers(newsroom.reviewers.size()).during(RAMP)),
                editor.injectOpen(constantUsersPerSec(1).during(Duration.ofSeconds(1))),
                cms.injectOpen(constantUsersPerSec(1).during(Duration.ofSeconds(2))))
                .protocols(protocol)
                .assertions(details("save").responseTime().percentile(99.0).lte(200),
                        details("approve").responseTime().percentile(99.0).lte(200),
                        details("editor page").responseTime().percentile(99.0).lte(300),
                        global().failedRequests().count().is(0L));
    }
}
