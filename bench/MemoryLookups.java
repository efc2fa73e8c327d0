import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Lookups in the translation memory over HTTP (issue 24), for bench/memory-10m-server.sh: GET /api/memory/matches
 * for every query of a queries.tsv written by MemoryServerFill (pair, kind, URL-encoded text; source "en",
 * threshold 70, limit 10), with an API token (one SHA-256 and one indexed read per request, where Basic would run
 * BCrypt on each). One warm-up pass on one connection; then 1,000 calls of GET /api/me on it, the floor of any
 * authenticated call here; then for each concurrency given a timed pass of all queries: C threads, each on its own
 * keep-alive HTTP/1.1 connection, taking the next query until none is left. Times are
 * client-side, from the request sent to the whole answer read. Prints per pass p50/p99/max/mean over all queries and
 * over en→fr, the requests per second, answers other than 200 (must be 0), and a digest of every answer's unit ids
 * and scores (equal digests: equal results, so two builds can be compared).
 * Usage: java bench/MemoryLookups.java URL TOKEN QUERIES_FILE [CONCURRENCY...]   (default: 1 4)
 */
public class MemoryLookups {

    private static final Pattern HIT = Pattern.compile("\"score\":(\\d+).*?\"unitId\":(\\d+)");

    record Query(String pair, String kind, String encoded) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String token = args[1];
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 3);
            queries.add(new Query(parts[0], parts[1], parts[2]));
        }
        int[] concurrencies = args.length > 3 ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 4};
        HttpClient warm = client();
        for (Query query : queries) {
            call(warm, url, token, query);
        }
        // The floor: what any authenticated GET costs here (HTTP, the token's check, JSON), without the memory.
        long[] floor = new long[queries.size()];
        for (int q = 0; q < floor.length; q++) {
            long begin = System.nanoTime();
            send(warm, HttpRequest.newBuilder(URI.create(url + "/api/me")).header("Authorization", "Bearer " + token)
                    .build());
            floor[q] = System.nanoTime() - begin;
        }
        Arrays.sort(floor);
        System.out.printf(Locale.ROOT, "FLOOR GET /api/me one connection: p50=%.2fms p99=%.2fms%n", ms(floor, 0.5),
                ms(floor, 0.99));
        for (int threads : concurrencies) {
            long[] nanos = new long[queries.size()];
            String[] answers = new String[queries.size()];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    HttpClient client = client();
                    for (int q = next.getAndIncrement(); q < queries.size(); q = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        HttpResponse<String> response = call(client, url, token, queries.get(q));
                        nanos[q] = System.nanoTime() - begin;
                        answers[q] = response.body();
                        if (response.statusCode() != 200 && failures.incrementAndGet() <= 5) {
                            System.out.printf("FAILED %d %s: %.300s%n", response.statusCode(), queries.get(q),
                                    response.body());
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] large = IntStream.range(0, queries.size())
                    .filter(q -> queries.get(q).pair().equals("fr")).mapToLong(q -> nanos[q]).sorted().toArray();
            long[] all = nanos.clone();
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "RESULT connections=%d queries=%d p50=%.2fms p99=%.2fms max=%.1fms "
                            + "mean=%.2fms req/s=%.0f | en-fr queries=%d p50=%.2fms p99=%.2fms | non-200=%d hits=%d "
                            + "digest=%016x%n", threads, all.length, ms(all, 0.5), ms(all, 0.99), all[all.length - 1] / 1e6,
                    Arrays.stream(all).average().orElse(0) / 1e6, all.length / seconds, large.length, ms(large, 0.5),
                    ms(large, 0.99), failures.get(), hits(answers), digest(answers));
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> call(HttpClient client, String url, String token, Query query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/memory/matches?source=en&target="
                        + query.pair() + "&threshold=70&limit=10&q=" + query.encoded()))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).build();
        return send(client, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("Request failed: " + request.uri(), e);
        }
    }

    private static int hits(String[] answers) {
        int hits = 0;
        for (String answer : answers) {
            Matcher m = HIT.matcher(answer);
            while (m.find()) {
                hits++;
            }
        }
        return hits;
    }

    private static long digest(String[] answers) {
        long hash = 1125899906842597L;
        for (String answer : answers) {
            Matcher m = HIT.matcher(answer);
            while (m.find()) {
                hash = 31 * (31 * hash + Long.parseLong(m.group(2))) + Integer.parseInt(m.group(1));
            }
            hash = 31 * hash + 7;
        }
        return hash;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * quantile) - 1] / 1e6;
    }
}
