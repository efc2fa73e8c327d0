package org.verso.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

@QuarkusTest
class UserApiTest {

    @Test
    void adminCreatesAUserWithRoles() {
        String username = Api.unique("anna");
        Map<String, Object> created = create(asAdmin(), username, "long-enough-pw", List.of("Translator", "reviewer"))
                .then().statusCode(201).extract().jsonPath().getMap("$");
        assertEquals(List.of(username, List.of("translator", "reviewer")),
                List.of(created.get("username"), created.get("roles")));
    }

    @Test
    void createdUserIsListedWithoutPasswordHash() {
        Api.User user = Api.createUser("reviewer");
        Response list = asAdmin().get("/api/users");
        List<Map<String, Object>> users = list.then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> listed = users.stream().filter(u -> user.username().equals(u.get("username")))
                .findFirst().orElseThrow();
        assertEquals(List.of("reviewer"), listed.get("roles"));
        assertTrue(!list.asString().contains("password") && !list.asString().contains("$2a$"), list.asString());
    }

    @Test
    void createdUserCanLogIn() {
        Api.User user = Api.createUser("translator");
        user.request().get("/api/documents").then().statusCode(200);
    }

    @Test
    void translatorCannotCreateUsers() {
        Api.User translator = Api.createUser("translator");
        int before = userCount();
        assertProblem(create(translator.request(), Api.unique("eve"), "long-enough-pw", List.of("admin")), 403);
        assertEquals(before, userCount());
    }

    @Test
    void anonymousCallerIsAskedToAuthenticate() {
        Response response = given().get("/api/documents");
        assertProblem(response, 401);
        assertEquals("Basic realm=\"Verso\"", response.header("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Response response = given().auth().preemptive().basic("admin", "not-the-password").get("/api/documents");
        assertProblem(response, 401);
    }

    @Test
    void duplicateUsernameIsAConflict() {
        Api.User existing = Api.createUser("translator");
        assertProblem(create(asAdmin(), existing.username(), "another-long-pw", List.of("reviewer")), 409);
    }

    @Test
    void weakPasswordIsRefused() {
        String username = Api.unique("weak");
        assertEquals("A password needs at least 8 characters.",
                assertProblem(create(asAdmin(), username, "short", List.of("translator")), 400).getString("detail"));
        assertNotStored(username);
    }

    @Test
    void unknownRoleIsRefused() {
        String username = Api.unique("chief");
        assertEquals("Unknown role 'chief'. The roles are admin, editor, translator and reviewer.",
                assertProblem(create(asAdmin(), username, "long-enough-pw", List.of("chief")), 400)
                        .getString("detail"));
        assertNotStored(username);
    }

    @Test
    void rolesGivenAsAStringInsteadOfAListAreRefused() {
        assertEquals("The request body does not fit this call: 'roles' has the wrong type.",
                assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("username", Api.unique("single"),
                        "password", "long-enough-pw", "roles", Map.of("role", "translator"))).post("/api/users"), 400)
                        .getString("detail"));
    }

    @Test
    void malformedUsernameIsRefused() {
        assertProblem(create(asAdmin(), "Has Spaces", "long-enough-pw", List.of("translator")), 400);
    }

    private static Response create(io.restassured.specification.RequestSpecification as, String username,
                                   String password, List<String> roles) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", roles)).post("/api/users");
    }

    private static int userCount() {
        return asAdmin().get("/api/users").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static void assertNotStored(String username) {
        List<String> names = asAdmin().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getList("username");
        assertTrue(!names.contains(username), username + " was stored");
    }
}
