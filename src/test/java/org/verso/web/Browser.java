package org.verso.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person at a browser: the session cookie the real login form gave them, and whether requests come from htmx.
 * Redirects are never followed, so tests see the 302/303 a browser would.
 */
public final class Browser {

    public static final String SESSION_COOKIE = "verso-session";

    private final String session;
    private final boolean htmx;

    private Browser(String session, boolean htmx) {
        this.session = session;
        this.htmx = htmx;
    }

    public static Browser anonymous() {
        return new Browser(null, false);
    }

    public static Browser admin() {
        return loggedInAs("admin", "admin-secret");
    }

    /** Logs in through the login form, as a person would; fails the test if no session cookie comes back. */
    public static Browser loggedInAs(String username, String password) {
        Response login = submitLogin(username, password);
        String cookie = login.getCookie(SESSION_COOKIE);
        if (cookie == null || cookie.isEmpty()) {
            throw new AssertionError("Login as " + username + " gave no session cookie; status "
                    + login.statusCode() + ", location " + login.header("Location"));
        }
        return new Browser(cookie, false);
    }

    /** The raw answer of the login form's POST, for tests about the login itself. */
    public static Response submitLogin(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    /** The same person, now sending requests the way htmx does (header HX-Request: true). */
    public Browser viaHtmx() {
        return new Browser(session, true);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** A plain form post; {@code fields} are name, value pairs (a name may repeat). */
    public Response post(String path, String... fields) {
        RequestSpecification request = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }

    /** A multipart form post, as the import form sends it; {@code fields} are name, value pairs. */
    public Response postMultipart(String path, String... fields) {
        RequestSpecification request = request();
        for (int i = 0; i < fields.length; i += 2) {
            request.multiPart(fields[i], fields[i + 1], "text/plain; charset=UTF-8");
        }
        return request.post(path);
    }

    /** A form upload of one file, as a browser sends a file input. */
    public Response postFile(String path, String field, String fileName, byte[] content) {
        return request().multiPart(field, fileName, content, "application/octet-stream").post(path);
    }

    /** A request with this browser's session (and htmx header), for forms the helpers above do not cover. */
    public RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false);
        if (session != null) {
            request.cookie(SESSION_COOKIE, session);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request;
    }

    /** The path of a redirect's Location, absolute or not: "/documents/7#s3". */
    public static String locationPath(Response response) {
        String location = response.header("Location");
        if (location == null) {
            throw new AssertionError("No Location header; status " + response.statusCode());
        }
        return location.replaceFirst("^https?://[^/]+", "");
    }

    /** The id at the end of a redirect to "/documents/{id}". */
    public static long documentIdFrom(Response redirect) {
        Matcher m = Pattern.compile("^/documents/(\\d+)$").matcher(locationPath(redirect));
        if (!m.matches()) {
            throw new AssertionError("Not a redirect to a document: " + locationPath(redirect));
        }
        return Long.parseLong(m.group(1));
    }

    /** How often {@code needle} occurs in {@code html}. */
    public static int count(String html, String needle) {
        int n = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
