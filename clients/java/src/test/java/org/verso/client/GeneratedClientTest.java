package org.verso.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.client.api.ApiTokensApi;
import org.verso.client.api.DocumentsApi;
import org.verso.client.api.TranslationsApi;
import org.verso.client.api.UsersApi;
import org.verso.client.model.CreatedToken;
import org.verso.client.model.DocumentSummary;
import org.verso.client.model.ImportBody;
import org.verso.client.model.LanguageBody;
import org.verso.client.model.LanguageProgress;
import org.verso.client.model.NewToken;
import org.verso.client.model.NewUser;
import org.verso.client.model.Problem;
import org.verso.client.model.SaveBody;
import org.verso.client.model.SavedTranslation;
import org.verso.client.model.SegmentView;
import org.verso.client.model.UserUpdate;
import org.verso.client.model.UserView;

/**
 * Drives a live Verso only through the client openapi-generator made from its published /q/openapi, without a
 * hand edit: an admin (Basic) creates the CMS's account, the CMS creates its token, then the token imports an article, adds a language, saves a
 * translation, approves it and exports the article; a missing document answers a problem the client reads as its Problem model.
 * The Verso under test is given by -Dverso.url, -Dverso.user and -Dverso.password (.ci/client-test sets them).
 */
class GeneratedClientTest {

    private static final String URL = System.getProperty("verso.url");

    @Test
    void importAddLanguageSaveAndExportThroughTheGeneratedClient() throws Exception {
        ApiClient basic = client(basicAuth(System.getProperty("verso.user"), System.getProperty("verso.password")));
        // The newsroom's CMS gets an account of its own: a desk editor who may also translate and review Russian.
        String cms = "cms-" + Long.toString(System.nanoTime(), 36);
        String password = "Cms-" + java.util.UUID.randomUUID();
        UsersApi users = new UsersApi(basic);
        users.createUser(new NewUser().username(cms).password(password).roles(List.of(NewUser.RolesEnum.EDITOR,
                NewUser.RolesEnum.TRANSLATOR, NewUser.RolesEnum.REVIEWER)));
        UserView assigned = users.updateUser(cms, new UserUpdate().languages(List.of("ru")));
        assertEquals(List.of("ru"), assigned.getLanguages());
        CreatedToken token = new ApiTokensApi(client(basicAuth(cms, password))).createToken(
                new NewToken().name("generated client check")
                        .scopes(List.of(NewToken.ScopesEnum.READ, NewToken.ScopesEnum.WRITE)));
        assertTrue(token.getToken().startsWith("verso_"), token.getToken());

        ApiClient bearer = client("Bearer " + token.getToken());
        DocumentsApi documents = new DocumentsApi(bearer);
        TranslationsApi translations = new TranslationsApi(bearer);

        DocumentSummary imported = documents.importDocument(new ImportBody()
                .title("Harbour ferry returns").sourceLanguage("en").format(ImportBody.FormatEnum.TEXT)
                .content("The harbour ferry sails again on Monday.\n\nTickets cost two euros.\n"));
        assertEquals(2, imported.getSegmentCount());

        LanguageProgress added = translations.addLanguage(imported.getId(), new LanguageBody().language("ru"));
        assertEquals("ru", added.getLanguage());

        List<SegmentView> segments = documents.listSegments(imported.getId());
        assertEquals("The harbour ferry sails again on Monday.", segments.get(0).getSource());
        List<String> russian = List.of("Паром в гавани снова ходит с понедельника.", "Билет стоит два евро.");
        for (int i = 0; i < segments.size(); i++) {
            long segment = segments.get(i).getId();
            int version = translations.listTranslations(imported.getId(), "ru").stream()
                    .filter(t -> t.getSegmentId() == segment).findFirst().orElseThrow().getVersion();
            SavedTranslation saved = translations.saveTranslation(imported.getId(), "ru", segment, new SaveBody()
                    .text(russian.get(i)).status(SaveBody.StatusEnum.TRANSLATED).version(version));
            assertEquals(SavedTranslation.StatusEnum.TRANSLATED, saved.getStatus());
            SavedTranslation approved = translations.saveTranslation(imported.getId(), "ru", segment, new SaveBody()
                    .text(russian.get(i)).status(SaveBody.StatusEnum.APPROVED).version(saved.getVersion()));
            assertEquals(SavedTranslation.StatusEnum.APPROVED, approved.getStatus());
        }

        File exported = translations.exportTranslation(imported.getId(), "ru", null, null, "txt", null);
        assertEquals(String.join("\n\n", russian) + "\n", Files.readString(exported.toPath(), StandardCharsets.UTF_8));

        ApiException missing = assertThrows(ApiException.class, () -> documents.getDocument(Long.MAX_VALUE));
        assertEquals(404, missing.getCode());
        Problem problem = bearer.getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());
        assertNotNull(problem.getDetail());
    }

    private static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(URL);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }
}
