import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Lookups in the translation memory over HTTP (issue 24), for bench/memory-10m-server.sh: GET /api/memory/matches
 * for every query of a queries.tsv written by MemoryServerFill (pair, kind, URL-encoded text; source "en",
 * threshold 70, limit 10), with an API token (one SHA-256 and one indexed read per request, where Basic would run
 * BCrypt on each). Two clients: "plain", a blocking HTTP/1.1 client on one socket per connection (what wrk does: the
 * time is the server's and the loopback's), and "jdk", the JDK's HttpClient (its selector thread and executor add a
 * thread hop on each side of every call, about 1 ms at p50 on two cores). One warm-up pass with each; then 1,000
 * calls of GET /api/me with each, the floor of any authenticated call here; then for each concurrency given a timed
 * pass of all queries with the plain client — C threads, each on its own keep-alive connection, taking the next query
 * until none is left — and one pass on one connection with the JDK client. Times are client-side, from the request
 * sent to the whole answer read. Prints per pass p50/p99/max/mean over all queries and over en→fr, the requests per
 * second, answers other than 200 (must be 0), and a digest of every answer's unit ids and scores (equal digests:
 * equal results, so two builds can be compared).
 * Usage: java bench/MemoryLookups.java URL TOKEN QUERIES_FILE [CONCURRENCY...]   (default: 1 4)
 */
public class MemoryLookups {

    private static final Pattern HIT = Pattern.compile("\"score\":(\\d+).*?\"unitId\":(\\d+)");

    record Query(String pair, String kind, String encoded) {
    }

    /** One keep-alive connection that answers GETs: the status and the body of each. */
    interface Connection {
        Answer get(String pathAndQuery);
    }

    record Answer(int status, String body) {
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
        URI base = URI.create(url);
        Supplier<Connection> plain = () -> new Plain(base.getHost(), base.getPort(), token);
        Supplier<Connection> jdk = () -> new Jdk(url, token);
        for (Supplier<Connection> kind : List.of(plain, jdk)) {  // warm-up passes, each client on its own connection
            Connection warm = kind.get();
            queries.forEach(query -> warm.get(path(query)));
        }
        // The floor: what any authenticated GET costs here (HTTP, the token's check, JSON), without the memory.
        floor("plain", plain.get(), queries.size());
        floor("jdk", jdk.get(), queries.size());
        for (int threads : concurrencies) {
            pass("plain", plain, threads, queries);
        }
        pass("jdk", jdk, 1, queries);
    }

    private static String path(Query query) {
        return "/api/memory/matches?source=en&target=" + query.pair() + "&threshold=70&limit=10&q=" + query.encoded();
    }

    private static void floor(String client, Connection connection, int calls) {
        long[] floor = new long[calls];
        for (int q = 0; q < floor.length; q++) {
            long begin = System.nanoTime();
            connection.get("/api/me");
            floor[q] = System.nanoTime() - begin;
        }
        Arrays.sort(floor);
        System.out.printf(Locale.ROOT, "FLOOR client=%s GET /api/me one connection: p50=%.2fms p99=%.2fms%n", client,
                ms(floor, 0.5), ms(floor, 0.99));
    }

    /** C threads, each on its own connection, taking the next query until none is left. */
    private static void pass(String client, Supplier<Connection> connections, int threads, List<Query> queries)
            throws InterruptedException {
        long[] nanos = new long[queries.size()];
        String[] answers = new String[queries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                Connection connection = connections.get();
                for (int q = next.getAndIncrement(); q < queries.size(); q = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    Answer answer = connection.get(path(queries.get(q)));
                    nanos[q] = System.nanoTime() - begin;
                    answers[q] = answer.body();
                    if (answer.status() != 200 && failures.incrementAndGet() <= 5) {
                        System.out.printf("FAILED %d %s: %.300s%n", answer.status(), queries.get(q), answer.body());
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
        System.out.printf(Locale.ROOT, "RESULT client=%s connections=%d queries=%d p50=%.2fms p99=%.2fms max=%.1fms "
                        + "mean=%.2fms req/s=%.0f | en-fr queries=%d p50=%.2fms p99=%.2fms | non-200=%d hits=%d "
                        + "digest=%016x%n", client, threads, all.length, ms(all, 0.5), ms(all, 0.99),
                all[all.length - 1] / 1e6, Arrays.stream(all).average().orElse(0) / 1e6, all.length / seconds,
                large.length, ms(large, 0.5), ms(large, 0.99), failures.get(), hits(answers), digest(answers));
    }

    /** The JDK's HttpClient (HTTP/1.1): its own selector thread and executor add a hop on each side of a call. */
    static final class Jdk implements Connection {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String url;
        private final String token;

        Jdk(String url, String token) {
            this.url = url;
            this.token = token;
        }

        @Override
        public Answer get(String pathAndQuery) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + pathAndQuery))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (Exception e) {
                throw new IllegalStateException("Request failed: " + request.uri(), e);
            }
        }
    }

    /**
     * A blocking HTTP/1.1 client on one socket, as wrk measures: the request written, the status line, the headers
     * and a Content-Length or chunked body read on the calling thread — no hop, so the time is the server's and the
     * loopback's.
     */
    static final class Plain implements Connection {
        private final String head;
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Plain(String host, int port, String token) {
            this.head = " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n\r\n";
            try {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Answer get(String pathAndQuery) {
            try {
                out.write(("GET " + pathAndQuery + head).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String status = line();
                int code = Integer.parseInt(status.substring(9, 12));
                long length = -1;
                boolean chunked = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String name = header.substring(0, header.indexOf(':')).trim();
                    String value = header.substring(header.indexOf(':') + 1).trim();
                    if (name.equalsIgnoreCase("Content-Length")) {
                        length = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                        chunked = true;
                    }
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                if (chunked) {
                    for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                         size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                        body.write(in.readNBytes(size));
                        line();
                    }
                    line();
                } else if (length >= 0) {
                    body.write(in.readNBytes((int) length));
                } else {
                    throw new IllegalStateException("An answer without a length: " + status);
                }
                return new Answer(code, body.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Request failed: " + pathAndQuery, e);
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("The server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
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
