package org.verso.translation.bench;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Chromium;
import org.verso.web.Newsroom;

/**
 * The editor of a 5,000-segment article against a 50-segment one (the peer), in Chromium: server time to the first
 * page (request start to response end) and browser time to interactive (navigation start to the end of
 * DOMContentLoaded, when editor.js has bound the keys and put the cursor in the first box), plus the rows in the DOM. Writes
 * {@code target/benchmarks/editor-open.md}; asserts no timing.
 * Run: {@code ./mvnw -B test -Pbenchmark -Dtest=EditorOpenComparison}
 */
@Tag("benchmark")
@QuarkusTest
class EditorOpenComparison {

    private static final int WARM_UP = 10;
    private static final int RUNS = 30;

    @TestHTTPResource("/")
    URL root;

    @Test
    void firstPageOfALongArticleOpensLikeAShortOne() throws Exception {
        long small = article(50);
        long large = article(5_000);
        StringBuilder table = new StringBuilder("| article | server to first page, median / p95 | browser to "
                + "interactive, median / p95 | rows in the DOM |\n|---|---|---|---|\n");
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password());
            for (long id : new long[] {small, large}) {
                table.append(measure(page, id, id == small ? "50 segments (peer)" : "5,000 segments"));
            }
        }
        Path out = Path.of("target", "benchmarks", "editor-open.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
        System.out.println(table);
    }

    private static String measure(Page page, long id, String label) {
        List<Double> server = new ArrayList<>();
        List<Double> interactive = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            page.navigate("/documents/" + id + "/ru");
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) page.evaluate("""
                    () => { const n = performance.getEntriesByType('navigation')[0];
                            return { server: n.responseEnd - n.requestStart,
                                     ready: n.domContentLoadedEventEnd - n.startTime,
                                     rows: document.querySelectorAll('article.seg').length }; }""");
            if (i >= WARM_UP) {
                server.add(((Number) t.get("server")).doubleValue());
                interactive.add(((Number) t.get("ready")).doubleValue());
            }
            rows = ((Number) t.get("rows")).longValue();
        }
        return "| " + label + " | " + stats(server) + " | " + stats(interactive) + " | " + rows + " |\n";
    }

    private static String stats(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format("%.1f / %.1f ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private static long article(int segments) {
        long id = Newsroom.importArticle(Newsroom.unique("Long"), "en", Newsroom.numberedStops(segments));
        Api.addLanguage(id, "ru");
        return id;
    }
}
