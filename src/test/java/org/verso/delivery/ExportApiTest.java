package org.verso.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;
import static org.verso.Api.save;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.account.User;

/** Exports: refused while unfinished, partial on request with a notice, source where not approved. */
@QuarkusTest
class ExportApiTest {

    /** Segment 0 is "Ships waited at anchor." (4 words), segment 1 the 6-word second sentence. */
    private static final String HARBOUR = "Ships waited at anchor.\n\nThe harbour reopened on Monday morning.\n";
    private static final String SHIPS_RU = "Корабли стояли на якоре.";
    private static final String HARBOUR_RU = "Гавань вновь открылась в понедельник утром.";

    private static Api.User translator;
    private static Api.User reviewer;

    @BeforeEach
    void createUsersOnce() {
        if (translator == null) {
            translator = Api.createUser("translator");
            reviewer = Api.createUser("reviewer");
        }
    }

    @Test
    void exportOfAnUnfinishedLanguageIsAConflictCountingMissingSegments() {
        long id = documentInRussian();
        approve(id, 0, SHIPS_RU);
        assertEquals(1, assertProblem(export(id, "ru", "txt", false), 409).getInt("missing"));
    }

    @Test
    void translatedButUnapprovedSegmentsStillCountAsMissing() {
        long id = documentInRussian();
        save(translator, id, "ru", Api.segmentId(id, 0), SHIPS_RU, "TRANSLATED", 0).then().statusCode(200);
        assertEquals(2, assertProblem(export(id, "ru", "txt", false), 409).getInt("missing"));
    }

    @Test
    void partialTextExportFallsBackToTheSourceAndSaysSoOnItsFirstLine() {
        long id = documentInRussian();
        approve(id, 0, SHIPS_RU);
        save(translator, id, "ru", Api.segmentId(id, 1), HARBOUR_RU, "TRANSLATED", 0).then().statusCode(200);
        assertEquals("[Partial translation: 1 of 2 segments are not approved and appear in the source language.]\n\n"
                + SHIPS_RU + "\n\nThe harbour reopened on Monday morning.\n", utf8(export(id, "ru", "txt", true)));
    }

    @Test
    void partialMarkdownExportSaysSoInAComment() {
        long id = documentInRussian();
        approve(id, 1, HARBOUR_RU);
        assertEquals("<!-- Partial translation: 1 of 2 segments are not approved and appear in the source language."
                + " -->\n\nShips waited at anchor.\n\n" + HARBOUR_RU + "\n", utf8(export(id, "ru", "md", true)));
    }

    @Test
    void finishedExportWithPartialAllowedIsNotMarkedPartial() {
        long id = documentInRussian();
        approve(id, 0, SHIPS_RU);
        approve(id, 1, HARBOUR_RU);
        assertEquals(SHIPS_RU + "\n\n" + HARBOUR_RU + "\n", utf8(export(id, "ru", "txt", true)));
    }

    @Test
    void exportInAnUnknownFormatIsRefused() {
        long id = documentInRussian();
        assertEquals("Unknown export format 'odt'. Use txt, md, html, docx (for a Word document), po, json, properties "
                + "or android (for a catalog), xliff (2.1) or "
                        + "xliff12.",
                assertProblem(export(id, "ru", "odt", true), 400).getString("detail"));
    }

    @Test
    void exportOfALanguageNotAddedIsNotFound() {
        long id = documentInRussian();
        assertProblem(export(id, "de", "txt", true), 404);
    }

    /**
     * The text between segments comes back exactly (issue 21): no space after "net.", two spaces, a soft wrap, a
     * no-break space; translated sentences keep the source's gaps around them.
     */
    @Test
    void theExportGivesBackTheExactTextBetweenSegments() {
        String article = "Sockets\n\nIt extends {net.Socket} now.  Ports\u00A0stay open.\nShips left at\n8 p.m. "
                + "Turnout was low.\n";
        long id = Api.importArticle(article);
        Api.addLanguage(id, "ru");
        List<String> sources = Api.segments(id).stream().map(s -> (String) s.get("source")).toList();
        assertEquals(List.of("Sockets", "It extends {net.Socket} now.", "Ports\u00A0stay open.",
                "Ships left at 8 p.m.", "Turnout was low."), sources, "the editor shows each sentence on one line");
        for (int i = 0; i < sources.size(); i++) {
            approve(id, i, sources.get(i));
        }
        assertEquals(article, utf8(export(id, "ru", "txt", false)), "translation = source gives the file back");

        long translated = Api.importArticle(article);
        Api.addLanguage(translated, "ru");
        for (int i = 0; i < sources.size(); i++) {
            approve(translated, i, i == 1 ? "Он расширяет {net.Socket}." : sources.get(i));
        }
        assertEquals("Sockets\n\nОн расширяет {net.Socket}.  Ports\u00A0stay open.\nShips left at\n8 p.m. "
                + "Turnout was low.\n", utf8(export(translated, "ru", "txt", false)));
    }

    private static long documentInRussian() {
        long id = Api.importArticle(HARBOUR);
        Api.addLanguage(id, "ru");
        return id;
    }

    private void approve(long id, int ordinal, String text) {
        long segment = Api.segmentId(id, ordinal);
        save(translator, id, "ru", segment, text, "TRANSLATED", 0).then().statusCode(200);
        save(reviewer, id, "ru", segment, null, "APPROVED", 1).then().statusCode(200);
    }

    private static Response export(long id, String language, String format, boolean partial) {
        return asAdmin().queryParam("format", format).queryParam("partial", partial)
                .get("/api/documents/{id}/languages/{lang}/export", id, language);
    }

    private static String utf8(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }
}
