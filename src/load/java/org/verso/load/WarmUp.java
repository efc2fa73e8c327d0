package org.verso.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Before the measured run, each instance serves the requests the newsroom will make a few dozen times, unmeasured:
 * the run then describes a server that has been up for a while (templates loaded, JIT-compiled paths), not the
 * first minute after a start, which is measured on its own (docs/performance.md, "Start and footprint").
 * Read-only: editor pages, translations, sources and matches of the seats' documents, under one admin session per
 * instance.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void run(List<String> urls, String admin, String password, List<Newsroom.Seat> seats, int rounds)
            throws IOException, InterruptedException {
        for (String url : urls) {
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String form = "j_username=" + URLEncoder.encode(admin, StandardCharsets.UTF_8) + "&j_password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            for (int i = 0; i < rounds; i++) {
                Newsroom.Seat seat = seats.get(i % seats.size());
                String language = base + "/api/documents/" + seat.documentId() + "/languages/" + seat.language();
                get(http, base + "/documents/" + seat.documentId() + "/" + seat.language(), "text/html");
                get(http, language + "/translations", "application/json");
                get(http, base + "/api/documents/" + seat.documentId() + "/segments", "application/json");
                get(http, language + "/matches/" + seat.segments().get(i % seat.segments().size()),
                        "application/json");
            }
        }
    }

    private static void get(HttpClient http, String url, String accept) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Warm-up: GET " + url + " answered " + response.statusCode());
        }
    }
}
