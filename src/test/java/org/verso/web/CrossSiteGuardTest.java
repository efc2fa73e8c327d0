package org.verso.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** A page of another site cannot make a logged-in translator's browser change anything in Verso. */
@QuarkusTest
class CrossSiteGuardTest {

    private static final String EVIL = "https://evil.example";

    @TestHTTPResource("/")
    URL base;

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        String before = title(id);

        Response answer = renameFrom(id, EVIL, "Renamed by another site");

        assertEquals(403, answer.statusCode(), answer.asString());
        assertEquals(before, title(id));
    }

    @Test
    void aFormPostedFromVersoItselfGoesThrough() {
        long id = Api.importArticle("Ships waited at anchor.\n");

        Response answer = renameFrom(id, ownOrigin(), "Renamed on the document page");

        assertEquals(303, answer.statusCode(), answer.asString());
        assertEquals("Renamed on the document page", title(id));
    }

    @Test
    void aRequestTheBrowserMarksCrossSiteIsRefusedEvenWithoutOrigin() {
        long id = Api.importArticle("Ships waited at anchor.\n");

        Response answer = Api.asAdmin().header("Sec-Fetch-Site", "cross-site").contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed")).patch("/api/documents/{id}", id);

        Api.assertProblem(answer, 403);
    }

    @Test
    void aLoginFormPostedFromAnotherSiteGivesNoSession() {
        Response answer = given().redirects().follow(false).header("Origin", EVIL).contentType(ContentType.URLENC)
                .formParam("j_username", "admin").formParam("j_password", "admin-secret").post("/j_security_check");

        assertEquals(403, answer.statusCode());
        assertNull(answer.getCookie(Browser.SESSION_COOKIE));
    }

    @Test
    void toolsWithoutOriginAndReadsFromAnywhereStillWork() {
        long id = Api.importArticle("Ships waited at anchor.\n");

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("title", "Renamed by a script"))
                .patch("/api/documents/{id}", id).then().statusCode(200);
        Api.asAdmin().header("Origin", EVIL).get("/api/documents/{id}", id).then().statusCode(200);
    }

    @Test
    void pagesForbidInlineScriptsFramingAndSniffing() {
        Response page = given().get("/login");

        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.substring(policy.indexOf("script-src")).split(";")[0].contains("unsafe-inline"), policy);
        assertEquals(java.util.List.of("nosniff", "same-origin", "DENY"), java.util.List.of(
                page.header("X-Content-Type-Options"), page.header("Referrer-Policy"), page.header("X-Frame-Options")));
    }

    /** Signed-in pages and API answers are never stored by a cache; the static files stay cacheable. */
    @Test
    void signedInPagesAndApiAnswersAreNotStoredButStaticFilesAre() {
        Browser admin = Browser.admin();
        for (String path : java.util.List.of("/documents", "/api/documents", "/api/users", "/login")) {
            Response answer = path.startsWith("/api") ? org.verso.Api.asAdmin().get(path) : admin.get(path);
            assertEquals(200, answer.statusCode(), path);
            assertEquals("no-store", answer.header("Cache-Control"), path);
        }
        assertEquals("no-store", org.verso.Api.asAdmin().get("/api/documents/{id}", Long.MAX_VALUE)
                .header("Cache-Control"), "an error answer too");
        Response style = admin.get("/css/verso.css");
        assertEquals(200, style.statusCode());
        assertFalse("no-store".equals(style.header("Cache-Control")), "static files stay cacheable");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String cookie = Browser.submitLogin("admin", "admin-secret").header("Set-Cookie");
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT); // attribute names are case-insensitive

        assertTrue(attributes.contains("; httponly") && attributes.contains("; samesite=strict"), cookie);
    }

    private String ownOrigin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static Response renameFrom(long id, String origin, String title) {
        return given().redirects().follow(false).auth().preemptive().basic("admin", "admin-secret")
                .header("Origin", origin).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("title", title).post("/documents/{id}/title", id);
    }

    private static String title(long id) {
        return Api.asAdmin().get("/api/documents/{id}", id).then().statusCode(200).extract().jsonPath()
                .getString("title");
    }
}
