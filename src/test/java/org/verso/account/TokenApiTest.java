package org.verso.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** Personal API tokens: created and shown once, listed without values, sent as Bearer, scoped, revoked, expired. */
@QuarkusTest
class TokenApiTest {

    @Test
    void aNewTokenIsShownOnceAndListedWithoutItsValue() {
        Api.User user = Api.createUser("translator");
        JsonPath created = create(user, "CMS publishing", List.of("read", "write"), null).then().statusCode(201)
                .extract().jsonPath();
        String token = created.getString("token");

        assertTrue(token.startsWith("verso_") && token.length() >= 6 + 43, token);
        assertEquals(List.of("CMS publishing", List.of("read", "write")),
                List.of(created.getString("name"), created.getList("scopes")));
        String listed = user.request().get("/api/me/tokens").then().statusCode(200).extract().asString();
        JsonPath list = new JsonPath(listed);
        assertEquals(List.of(created.getLong("id")), list.getList("id", Long.class));
        assertNotNull(list.getString("[0].createdAt"));
        assertFalse(listed.contains(token.substring(6)), "a list never shows a token's value: " + listed);
        assertFalse(listed.contains("\"token\""), listed);
    }

    @Test
    void aBearerTokenActsAsItsOwnerAndRecordsItsLastUse() {
        Api.User user = Api.createUser("translator");
        JsonPath created = create(user, "sync", List.of("read", "write"), null).then().extract().jsonPath();

        bearer(created.getString("token")).get("/api/documents").then().statusCode(200);
        bearer(created.getString("token")).contentType(ContentType.JSON).body(Map.of("timeZone", "Asia/Dushanbe"))
                .put("/api/me").then().statusCode(200);

        assertEquals("Asia/Dushanbe", user.request().get("/api/me").then().extract().jsonPath().getString("timeZone"));
        assertNotNull(user.request().get("/api/me/tokens").then().extract().jsonPath().getString("[0].lastUsedAt"));
    }

    @Test
    void aReadOnlyTokenReadsButEveryChangeIs403() {
        Api.User user = Api.createUser("translator");
        String token = create(user, "dashboard", List.of("read"), null).then().extract().jsonPath().getString("token");

        bearer(token).get("/api/documents").then().statusCode(200);
        String detail = Api.assertProblem(bearer(token).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Europe/Moscow")).put("/api/me"), 403).getString("detail");

        assertTrue(detail.contains("write scope"), detail);
        assertNull(user.request().get("/api/me").then().extract().jsonPath().getString("timeZone"));
    }

    @Test
    void aRevokedTokenIs401() {
        Api.User user = Api.createUser("translator");
        JsonPath created = create(user, "old script", List.of("read"), null).then().extract().jsonPath();

        user.request().delete("/api/me/tokens/{id}", created.getLong("id")).then().statusCode(204);

        Api.assertProblem(bearer(created.getString("token")).get("/api/documents"), 401);
        assertEquals(List.of(), user.request().get("/api/me/tokens").then().extract().jsonPath().getList("$"));
    }

    @Test
    void anExpiredTokenIs401() {
        Api.User user = Api.createUser("translator");
        JsonPath created = create(user, "short-lived", List.of("read"), Instant.now().plus(1, ChronoUnit.DAYS))
                .then().statusCode(201).extract().jsonPath();
        bearer(created.getString("token")).get("/api/documents").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("expiresAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), created.getLong("id")));

        Api.assertProblem(bearer(created.getString("token")).get("/api/documents"), 401);
    }

    @Test
    void aDisabledUsersTokenIs401AtOnceAndWorksAgainWhenEnabled() {
        Api.User user = Api.createUser("translator");
        String token = create(user, "bot", List.of("read"), null).then().extract().jsonPath().getString("token");

        Api.asAdmin().post("/api/users/{username}/disable", user.username()).then().statusCode(200);
        Api.assertProblem(bearer(token).get("/api/documents"), 401);

        Api.asAdmin().post("/api/users/{username}/enable", user.username()).then().statusCode(200);
        bearer(token).get("/api/documents").then().statusCode(200);
    }

    @Test
    void basicAndAnUnknownBearerTokenAreJudgedApart() {
        Api.User user = Api.createUser("translator");
        create(user, "beside basic", List.of("read"), null).then().statusCode(201);

        user.basic().get("/api/documents").then().statusCode(200);
        Api.assertProblem(bearer("verso_" + "A".repeat(43)).get("/api/documents"), 401);
        Api.assertProblem(bearer("not-a-verso-token").get("/api/documents"), 401);
    }

    @Test
    void theAdminScopeIsForAdminsAndAnAdminsTokenWithoutItIsNoAdmin() {
        Api.User translator = Api.createUser("translator");
        Api.assertProblem(create(translator, "escalate", List.of("read", "admin"), null), 403);

        Api.User admin = Api.createUser("admin");
        String plain = create(admin, "plain", List.of("read"), null).then().extract().jsonPath().getString("token");
        String full = create(admin, "full", List.of("read", "admin"), null).then().statusCode(201).extract()
                .jsonPath().getString("token");

        Api.assertProblem(bearer(plain).get("/api/users"), 403);
        bearer(full).get("/api/users").then().statusCode(200);
    }

    @Test
    void anAdminSeesAndRevokesEveryonesTokens() {
        Api.User user = Api.createUser("translator");
        JsonPath created = create(user, "seen by admin", List.of("read"), null).then().extract().jsonPath();
        long id = created.getLong("id");

        List<Map<String, Object>> all = Api.asAdmin().get("/api/tokens").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.id == " + id + " }");
        assertEquals(List.of(user.username(), "seen by admin"), List.of(all.get(0).get("username"),
                all.get(0).get("name")));
        Api.assertProblem(user.request().get("/api/tokens"), 403);

        Api.asAdmin().delete("/api/tokens/{id}", id).then().statusCode(204);

        Api.assertProblem(bearer(created.getString("token")).get("/api/documents"), 401);
        Api.assertProblem(Api.asAdmin().delete("/api/tokens/{id}", id), 404);
    }

    @Test
    void someoneElsesTokenCannotBeRevokedByThem() {
        JsonPath created = create(Api.createUser("translator"), "mine", List.of("read"), null).then().extract()
                .jsonPath();

        Api.assertProblem(Api.createUser("translator").request().delete("/api/me/tokens/{id}", created.getLong("id")),
                404);
        bearer(created.getString("token")).get("/api/documents").then().statusCode(200);
    }

    @Test
    void badRequestsNameWhatIsWrongAndStoreNothing() {
        Api.User user = Api.createUser("translator");

        Api.assertProblem(create(user, " ", List.of("read"), null), 400);
        Api.assertProblem(create(user, "x", List.of(), null), 400);
        Api.assertProblem(create(user, "x", List.of("delete"), null), 400);
        Api.assertProblem(create(user, "x", List.of("read"), Instant.now().minusSeconds(60)), 400);
        Api.assertProblem(user.request().contentType(ContentType.JSON).body("{\"name\":\"x\",\"scopes\":[\"read\"],"
                + "\"expiresAt\":\"tomorrow\"}").post("/api/me/tokens"), 400);

        assertEquals(List.of(), user.request().get("/api/me/tokens").then().extract().jsonPath().getList("$"));
    }

    static io.restassured.response.Response create(Api.User user, String name, List<String> scopes, Instant expires) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "scopes", scopes));
        if (expires != null) {
            body.put("expiresAt", expires.toString());
        }
        return user.request().contentType(ContentType.JSON).body(body).post("/api/me/tokens");
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
