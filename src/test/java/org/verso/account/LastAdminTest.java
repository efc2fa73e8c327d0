package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.failure.ConflictException;

/** Someone must always be able to manage users: the last admin cannot be demoted or disabled. */
@QuarkusTest
class LastAdminTest {

    @Inject
    UserService users;

    /**
     * The suite shares one database, in which other tests make admins; so this test takes the admin role from
     * every other user inside a transaction that the refusal rolls back, leaving the database as it was.
     */
    @Test
    void theLastAdminCannotBeDemoted() {
        ConflictException refused = assertThrows(ConflictException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    User.<User>listAll().stream().filter(u -> !u.username.equals("admin"))
                            .forEach(u -> u.roles = Role.TRANSLATOR.id());
                    users.updateUser("admin", new UserUpdate(List.of("translator"), null, null));
                }));
        assertTrue(refused.getMessage().contains("last admin"), refused.getMessage());
        assertTrue(UserView.of(QuarkusTransaction.requiringNew().call(() -> User.findByUsername("admin")
                .orElseThrow())).roles().contains("admin"), "the refusal changed nothing");
    }

    @Test
    void theLastAdminCannotBeDisabled() {
        ConflictException refused = assertThrows(ConflictException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    User.<User>listAll().stream().filter(u -> !u.username.equals("admin"))
                            .forEach(u -> u.roles = Role.TRANSLATOR.id());
                    users.updateUser("admin", new UserUpdate(null, null, null, true));
                }));
        assertTrue(refused.getMessage().contains("last admin"), refused.getMessage());
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> User.findByUsername("admin").orElseThrow()).disabled,
                "the refusal changed nothing");
    }

    @Test
    void anAdminWithAnotherAdminBesideThemCanBeDemotedOverTheApi() {
        Api.User second = Api.createUser("admin");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("roles", List.of("reviewer")))
                .put("/api/users/{username}", second.username()).then().statusCode(200);
        List<String> roles = Api.asAdmin().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getList("find { it.username == '" + second.username() + "' }.roles");
        assertEquals(List.of("reviewer"), roles);
    }
}
