import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Verso process started from the production jar, and an HTTP session with it, for the CI programs in this folder
 * (CrashTest, TwoInstances). Not a test framework: just enough to start, log in, call the JSON API and stop.
 */
final class Verso {

    /** Every process started, so none outlives the program, also when CI's timeout stops it. */
    private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\\d+)");

    final String name;
    final int port;
    private final Path app;
    private final Path logs;
    volatile Process process;
    String cookie;

    Verso(String name, Path app, Path logs) throws IOException {
        this.name = name;
        this.app = app;
        this.logs = logs;
        this.port = freePort();
    }

    /** Another session (another person) on the same process. */
    Verso(String name, Verso same) {
        this.name = name;
        this.app = same.app;
        this.logs = same.logs;
        this.port = same.port;
        this.process = same.process;
    }

    /** Starts the jar with these system properties and environment, and waits until it is ready (90 s at most). */
    void start(String run, List<String> properties, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1"));
        command.addAll(properties);
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(run).toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        STARTED.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                if (send("GET", "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                require(process.isAlive(), "Verso (" + run + ") exited; see " + log(run));
            }
            require(System.nanoTime() < deadline, "Verso (" + run + ") not ready within 90 s");
            Thread.sleep(200);
        }
    }

    Path log(String run) {
        return logs.resolve("verso-" + run + ".log");
    }

    /** Logs in through the login form, as a browser does, and keeps the session cookie. */
    void login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        cookie = login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("verso-session="))
                .map(c -> c.split(";")[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("login of " + user + " on " + name + " failed"));
    }

    /** SIGTERM, a clean shutdown. */
    void stop() throws InterruptedException {
        process.destroy();
        require(process.waitFor(60, TimeUnit.SECONDS), "Verso (" + name + ") did not stop within 60 s");
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    String call(String method, String path, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(method, path, body);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(name + ": " + method + " " + path + " answered " + answer.statusCode()
                    + ": " + answer.body());
        }
        return answer.body();
    }

    String get(String path) {
        try {
            return call("GET", path, null, 200);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST with one file and text fields. */
    String upload(String path, String fileName, byte[] file, Map<String, String> fields, int expected)
            throws IOException, InterruptedException {
        String boundary = "verso" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((field, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data;"
                + " name=\"").append(field).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(file, 0, body, start.length, file.length);
        System.arraycopy(end, 0, body, start.length + file.length, end.length);
        HttpResponse<String> answer = HTTP.send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(name + ": upload to " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    /** A response read as it arrives, such as a Server-Sent Events stream. */
    InputStream stream(String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> answer = HTTP.send(request(path).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        require(answer.statusCode() == 200, name + ": " + path + " answered " + answer.statusCode());
        return answer.body();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Every whole number a JSON text gives the field, in order (enough for the answers these programs read). */
    static List<Long> numbers(String json, String field) {
        List<Long> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(field)) {
                found.add(Long.parseLong(m.group(2)));
            }
        }
        return found;
    }

    interface Program {
        void run(Path work) throws Exception;
    }

    /**
     * Runs a CI program in a fresh temporary folder (logs, databases) that is deleted when it passes and kept, with
     * its path printed, when it fails; every Verso process it started is killed at the end.
     */
    static void runIn(String prefix, Program program) throws Exception {
        Path work = java.nio.file.Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroyForcibly)));
        try {
            program.run(work);
        } catch (Exception | Error e) {
            System.err.println("Logs and databases kept in " + work);
            throw e;
        } finally {
            for (Process p : STARTED) {
                p.destroyForcibly().waitFor();
            }
        }
        try (var files = java.nio.file.Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("Failed: " + failure);
        }
    }
}
