import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Saves at a fixed rate over a fixed number of connections (issue 24; not part of CI), for bench/save-throughput.sh's
 * VERSO_RATE: where wrk sends each connection's next save as soon as the last one is answered (so at saturation the
 * latency is only the connections divided by the rate, Little's law), this sends them on a schedule, RATE a second
 * spread evenly over the connections, and times each save from the moment it was due, not from when it was sent: a
 * save that waits behind a slow one counts its wait (no coordinated omission). Each connection saves its own segment
 * with the version its last answer returned, as bench/wrk-save-many.lua does. Plain HTTP/1.1 over one socket per
 * connection, so the client costs little of the machine it shares with the server.
 *
 * <p>Usage: {@code java bench/SavePace.java HOST PORT RATE SECONDS COOKIE TARGETS [STATUS]}, TARGETS as
 * "document:language:segment" comma-separated, one per connection. Prints one line starting "RESULT".
 */
public class SavePace {

    private static final String VERSION = "\"version\":";
    private static final String[] WORDS = {"alpha", "bravo", "delta", "echo", "golf", "hotel"};

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String cookie = args[4];
        String[] targets = args[5].split(",");
        String status = args.length > 6 ? args[6] : "DRAFT";
        int connections = targets.length;
        long periodNanos = (long) (connections * 1e9 / rate); // each connection's interval between saves
        long start = System.nanoTime() + 200_000_000L;
        long end = start + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<long[][]> results = new ArrayList<>(); // one holder per connection, filled by its thread
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long[][] result = new long[1][];
            String[] target = targets[i].split(":");
            String path = "/api/documents/" + target[0] + "/languages/" + target[1] + "/translations/" + target[2];
            long first = start + periodNanos * i / connections; // the connections take turns through the period
            Thread thread = new Thread(() -> result[0] = run(host, port, path, cookie, status, first, periodNanos,
                    end, errors), "connection-" + i);
            results.add(result);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = results.stream().flatMapToLong(h -> Arrays.stream(h[0])).sorted().toArray();
        double elapsed = (end - start) / 1e9;
        long lateNanos = System.nanoTime() - end; // how long after the last due time the last answer came
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf("RESULT offered=%.0f/s saves/s=%.0f p50=%.1fms p99=%.1fms errors=%d (non-2xx or socket) "
                        + "saves=%d finished=%.1fs-after-the-last-due client-cpu/save=%dus%n", rate,
                all.length / (elapsed + Math.max(0, lateNanos) / 1e9), percentile(all, 50), percentile(all, 99),
                errors.get(), all.length, lateNanos / 1e9, all.length == 0 ? 0 : cpu / 1000 / all.length);
    }

    private static long[] run(String host, int port, String path, String cookie, String status, long first,
                              long period, long end, AtomicInteger errors) {
        long[] latencies = new long[1024];
        int n = 0;
        int version = 0;
        try (Socket socket = new Socket(host, port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            String head = "PUT " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nCookie: " + cookie
                    + "\r\nContent-Type: application/json\r\nContent-Length: ";
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (long due = first; due < end; due += period) {
                long now = System.nanoTime();
                if (due > now) {
                    Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
                }
                int k = n + 1;
                byte[] bytes = ("{\"text\":\"Draft " + WORDS[k % WORDS.length] + " "
                        + WORDS[(k / WORDS.length) % WORDS.length] + " " + k + ".\",\"status\":\"" + status
                        + "\",\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8);
                out.write((head + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                Response response = read(in);
                long latency = System.nanoTime() - due;
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                }
                latencies[n++] = latency;
                if (response.code != 200) {
                    errors.incrementAndGet();
                }
                int at = response.body.indexOf(VERSION);
                if (at >= 0) {
                    int from = at + VERSION.length();
                    int to = from;
                    while (to < response.body.length() && Character.isDigit(response.body.charAt(to))) {
                        to++;
                    }
                    version = Integer.parseInt(response.body.substring(from, to));
                }
            }
        } catch (IOException | InterruptedException e) {
            errors.incrementAndGet();
            System.err.println(path + ": " + e);
        }
        return Arrays.copyOf(latencies, n);
    }

    private record Response(int code, String body) {
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        int code = Integer.parseInt(statusLine.split(" ")[1]);
        int length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else if (length > 0) {
            body.write(in.readNBytes(length));
        }
        return new Response(code, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
