package org.verso.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;

/**
 * E-mail notifications through a real SMTP server on 127.0.0.1 (GreenMail, at the port the test profile gives the
 * mailer), only for the types a person chose on their profile.
 */
@QuarkusTest
class MailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(42525, "127.0.0.1", "smtp"));

    private static Api.User withLanguage(String role, String language) {
        Api.User user = Api.createUser(role);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of(language)))
                .put("/api/users/{username}", user.username()).then().statusCode(200);
        return user;
    }

    @Test
    void aRejectionMailHasTheSegmentTheCommentAndALinkAndGoesOnlyToWhoChoseIt() throws Exception {
        long id = Api.importArticle("The harbour froze overnight.\n");
        Api.addLanguage(id, "uk");
        long segment = Api.segmentId(id, 0);
        Api.User translator = withLanguage("translator", "uk");
        Api.User reviewer = withLanguage("reviewer", "uk");
        String address = translator.username() + "@example.org";
        translator.request().contentType(ContentType.JSON).body(Map.of("email", address,
                "emailNotifications", List.of("segment_rejected"))).put("/api/me").then().statusCode(200)
                .body("emailNotifications", org.hamcrest.Matchers.equalTo(List.of("segment_rejected")));
        reviewer.request().contentType(ContentType.JSON).body(Map.of("email", reviewer.username() + "@example.org",
                "emailNotifications", List.of())).put("/api/me").then().statusCode(200);
        Api.save(translator, id, "uk", segment, "Гавань замерзла вдень.", "TRANSLATED", 0).then().statusCode(200);

        reviewer.request().contentType(ContentType.JSON).body(Map.of("status", "REJECTED", "version", 1,
                "comment", "Overnight, not by day.")).put("/api/documents/{id}/languages/uk/translations/{s}", id,
                segment).then().statusCode(200);

        assertTrue(SMTP.waitForIncomingEmail(30_000, 1), "no mail arrived");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(address, received[0].getAllRecipients()[0].toString());
        String body = received[0].getContent().toString();
        assertTrue(body.contains("The harbour froze overnight.") && body.contains("Overnight, not by day.")
                && body.contains("http://verso.test/documents/" + id + "/uk?status=rejected#seg-" + segment), body);
    }

    @Test
    void anUnknownChoiceIsRefusedAndNothingChanges() {
        Api.User user = Api.createUser("translator");
        Api.assertProblem(user.request().contentType(ContentType.JSON)
                .body(Map.of("emailNotifications", List.of("mention", "weather"))).put("/api/me"), 400);
        user.request().get("/api/me").then().statusCode(200)
                .body("emailNotifications", org.hamcrest.Matchers.empty());
    }
}
