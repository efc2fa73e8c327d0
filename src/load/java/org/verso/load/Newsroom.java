package org.verso.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsroom the simulation works in, set up through the API before the first virtual user starts: people (each
 * translator and reviewer assigned one language), articles with four target languages, and the CMS's read token.
 * Plain JDK HTTP, so the set-up is not part of what Gatling measures.
 */
final class Newsroom {

    static final List<String> LANGUAGES = List.of("ru", "tg", "fa", "uz");
    /** Segments a translator owns in an article's language; reviewers own the ones after them. */
    static final int SEGMENTS_PER_TRANSLATOR = 12;
    static final int REVIEWER_SEGMENTS = 6;

    /** One translator's or reviewer's seat: who, and which segments of which document language are theirs. */
    record Seat(String username, String password, long documentId, String language, List<Long> segments) {
        Map<String, Object> feed() {
            return Map.of("username", username, "password", password, "doc", documentId, "lang", language,
                    "segments", segments);
        }
    }

    final List<Seat> translators = new ArrayList<>();
    final List<Seat> reviewers = new ArrayList<>();
    String editorName;
    String editorPassword;
    String cmsToken;

    private final String base;
    private final String admin;
    private final String adminPassword;
    /** A session cookie rather than HTTP Basic: Basic costs a BCrypt check per request, minutes over a big set-up. */
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36);

    Newsroom(String base, String admin, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.admin = admin;
        this.adminPassword = password;
    }

    /** {@code translatorsPerLanguage} translators share each article's language, one reviewer per language. */
    Newsroom build(int translators, int translatorsPerLanguage) throws IOException, InterruptedException {
        int slots = (translators + translatorsPerLanguage - 1) / translatorsPerLanguage;
        int articles = (slots + LANGUAGES.size() - 1) / LANGUAGES.size();
        int segments = translatorsPerLanguage * SEGMENTS_PER_TRANSLATOR + REVIEWER_SEGMENTS;
        logIn();
        String password = "load-" + run + "-password";
        editorName = "led" + run;
        editorPassword = password;
        user(editorName, password, "editor", null);
        cmsToken = token();
        for (int a = 0; a < articles; a++) {
            long doc = article(a, segments);
            List<Long> ids = segmentIds(doc);
            for (String language : LANGUAGES) {
                post("/api/documents/" + doc + "/languages", "{\"language\":\"" + language + "\"}");
                int slot = a * LANGUAGES.size() + LANGUAGES.indexOf(language);
                for (int t = 0; t < translatorsPerLanguage && this.translators.size() < translators; t++) {
                    String name = "ltr" + run + "-" + slot + "-" + t;
                    user(name, password, "translator", language);
                    List<Long> mine = new ArrayList<>();
                    for (int s = t; s < translatorsPerLanguage * SEGMENTS_PER_TRANSLATOR; s += translatorsPerLanguage) {
                        mine.add(ids.get(s));
                    }
                    this.translators.add(new Seat(name, password, doc, language, mine));
                }
                String reviewer = "lrv" + run + "-" + slot;
                user(reviewer, password, "reviewer", language);
                reviewers.add(new Seat(reviewer, password, doc, language,
                        ids.subList(translatorsPerLanguage * SEGMENTS_PER_TRANSLATOR, ids.size())));
            }
        }
        return this;
    }

    private void logIn() throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(admin, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException("The admin's log-in answered " + response.statusCode());
        }
    }

    private void user(String name, String password, String role, String language)
            throws IOException, InterruptedException {
        post("/api/users", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role
                + "\"]}");
        if (language != null) {
            send("PUT", "/api/users/" + name, "{\"languages\":[\"" + language + "\"]}");
        }
    }

    private String token() throws IOException, InterruptedException {
        String body = post("/api/me/tokens", "{\"name\":\"cms-" + run + "\",\"scopes\":[\"read\"]}");
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + body);
        }
        return m.group(1);
    }

    /** An article of our own sentences: a headline, a dateline paragraph, quotes and numbers. */
    static String text(int article, int segments) {
        StringBuilder text = new StringBuilder("Harbour workers end strike number " + article + " after talks\n\n");
        for (int s = 1; s < segments; s++) {
            text.append(switch (s % 4) {
                case 0 -> "The union said " + (s * 7) + " members voted to return on Monday. ";
                case 1 -> "\"We were heard at last,\" said a crane operator of " + (20 + s) + " years. ";
                case 2 -> "Ferries to the islands will sail again from 06:30, the port authority said. ";
                default -> "Talks lasted " + (s + 3) + " hours and ended shortly before midnight. ";
            });
            if (s % 3 == 0) {
                text.append("\n\n");
            }
        }
        return text.append('\n').toString();
    }

    private long article(int a, int segments) throws IOException, InterruptedException {
        String body = post("/api/documents", "{\"title\":\"Load " + run + " " + a + "\",\"sourceLanguage\":\"en\","
                + "\"format\":\"text\",\"content\":" + json(text(a, segments)) + "}");
        return Long.parseLong(field(body, "id"));
    }

    private List<Long> segmentIds(long doc) throws IOException, InterruptedException {
        String body = send("GET", "/api/documents/" + doc + "/segments", null);
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + body);
        }
        return m.group(1);
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
