package org.verso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.createUser;
import static org.verso.Api.resource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verso.interchange.xliff.XliffDom;
import org.verso.interchange.xliff.XliffSchema;
import org.w3c.dom.Element;
import org.verso.account.User;

/**
 * The whole desk, as a newsroom uses it: import a news article with web-page cruft, mark the cruft, translate
 * every sentence into Russian as a translator, approve as a reviewer, export.
 */
@QuarkusTest
class ArticleFlowTest {

    private static final String ARTICLE = "/articles/tram-line.txt";

    /** ordinal → paragraph, kind, source, as the English rules must split the fixture. */
    private static final List<List<Object>> SEGMENTS = List.of(
            List.of(0, "HEADING", "Skip to content"),
            List.of(1, "HEADING", "Live updates"),
            List.of(2, "HEADING", "City Opens New Tram Line After Six Years of Work"),
            List.of(3, "BODY", "Vienna, 3 March 2024 (Newswire) -- The city opened its longest tram line on Sunday, "
                    + "and about 12,500 riders used it on the first day."),
            List.of(3, "BODY", "Officials from the U.S. and Canada came to watch the ceremony."),
            List.of(4, "BODY", "Mr. Berger, who led the project, spoke to reporters at the depot."),
            List.of(4, "BODY", "\"We were late, and we know it."),
            List.of(4, "BODY", "The delays cost money."),
            List.of(4, "BODY", "But the line will serve the city for fifty years.\""),
            List.of(5, "BODY", "Some residents still worry about noise near the river."),
            List.of(6, "OTHER", "(Reporting by Anna Lenz; editing by Tomas Weber)"));

    /** Web-page cruft: the first two segments, left out of the exports (XLIFF keeps them, marked). */
    private static final int CRUFT = 2;

    /** The Russian of every translatable segment, from ordinal 2 on. */
    private static final List<String> RUSSIAN = List.of(
            "Город открыл новую трамвайную линию после шести лет работ",
            "Вена, 3 марта 2024 года (Newswire) -- В воскресенье город открыл свою самую длинную трамвайную линию, "
                    + "и в первый день ею воспользовались около 12 500 пассажиров.",
            "На церемонию приехали посмотреть официальные лица из США и Канады.",
            "Г-н Бергер, руководивший проектом, поговорил с журналистами в депо.",
            "«Мы опоздали, и мы это знаем.",
            "Задержки стоили денег.",
            "Но линия будет служить городу пятьдесят лет».",
            "Некоторые жители всё ещё беспокоятся из-за шума у реки.",
            "(Репортаж Анны Ленц; редактор Томас Вебер)");

    /** One document taken through the whole flow, shared by the export tests. */
    private static String title;
    private static long approvedDocument;

    @BeforeEach
    void translateAndApproveOnce() {
        if (approvedDocument == 0) {
            title = Api.unique("Tram line");
            approvedDocument = importFixture(title).then().statusCode(201).extract().jsonPath().getLong("id");
            translateAndApprove(approvedDocument);
        }
    }

    @Test
    void importAnswersWithTheDocumentSummary() {
        String newTitle = Api.unique("Tram line");
        Map<String, Object> summary = importFixture(newTitle).then().statusCode(201).extract().jsonPath().getMap("$");
        assertEquals(List.of(newTitle, "en", 11, 7), List.of(summary.get("title"), summary.get("sourceLanguage"),
                summary.get("segmentCount"), summary.get("paragraphCount")));
    }

    @Test
    void importSplitsTheArticleIntoSentencesInsideParagraphs() {
        long id = importFixture(Api.unique("Tram line")).then().statusCode(201).extract().jsonPath().getLong("id");
        List<List<Object>> actual = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        for (Map<String, Object> segment : Api.segments(id)) {
            actual.add(List.of(segment.get("paragraph"), segment.get("kind"), segment.get("source")));
            ordinals.add((Integer) segment.get("ordinal"));
            // "Skip to content" is web-page boilerplate: proposed as skipped and left out of the export at import.
            assertEquals(!segment.get("source").equals("Skip to content"), segment.get("translatable"),
                    segment.toString());
        }
        assertEquals(SEGMENTS, actual);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ordinals);
    }

    @Test
    void markedCruftIsNotTranslatable() {
        List<Object> flags = Api.segments(approvedDocument).stream().map(s -> s.get("translatable")).toList();
        assertEquals(List.of(false, false, true, true, true, true, true, true, true, true, true), flags);
    }

    @Test
    void approvedLanguageIsFinishedByWords() {
        Map<String, Object> ru = asAdmin().get("/api/documents/{id}", approvedDocument).then().statusCode(200)
                .extract().jsonPath().getMap("languages[0]");
        assertEquals(List.of("ru", 0, 0, 0, 0), List.of(ru.get("language"), ru.get("translatedWords"),
                ru.get("draftWords"), ru.get("untranslatedWords"), ru.get("missingSegments")));
        assertEquals(ru.get("totalWords"), ru.get("approvedWords"));
    }

    @Test
    void textExportEqualsTheExpectedRussianArticle() {
        Response export = export("txt");
        assertEquals("text/plain;charset=UTF-8", export.contentType().replace(" ", ""));
        assertEquals(resource("/articles/tram-line.ru.txt"), utf8(export));
    }

    @Test
    void textExportIsADownloadNamedAfterTitleAndLanguage() {
        String stem = title.toLowerCase().replace(' ', '-');
        assertEquals("attachment; filename=\"" + stem + ".ru.txt\"; filename*=UTF-8''" + stem + ".ru.txt",
                export("txt").header("Content-Disposition"));
    }

    @Test
    void markdownExportEqualsTheExpectedRussianArticle() {
        assertEquals(resource("/articles/tram-line.ru.md"), utf8(export("md")));
    }

    @Test
    void xliffExportIsValidXliff21() {
        XliffSchema.assertValid(export("xliff").asByteArray());
    }

    @Test
    void xliff12ExportIsValidAgainstTheStrictSchema() {
        XliffSchema.assertValid12(export("xliff12").asByteArray());
    }

    @Test
    void xliffExportNamesVersionAndLanguages() {
        Element root = XliffDom.parse(export("xliff").asByteArray()).root();
        assertEquals(List.of("2.1", "en", "ru"), List.of(root.getAttribute("version"), root.getAttribute("srcLang"),
                root.getAttribute("trgLang")));
    }

    @Test
    void xliffExportHasOneFinalUnitPerTranslatableSegmentWithItsTranslation() {
        List<Element> units = XliffDom.parse(export("xliff").asByteArray()).all("unit");
        assertEquals(SEGMENTS.size(), units.size());
        List<List<String>> translated = units.subList(CRUFT, units.size()).stream()
                .map(u -> List.of(segment(u).getAttribute("state"), XliffDom.childText(u, "target"))).toList();
        assertEquals(RUSSIAN.stream().map(ru -> List.of("final", ru)).toList(), translated);
    }

    @Test
    void xliffExportKeepsCruftUntranslatedMarkedAndDone() {
        List<Element> units = XliffDom.parse(export("xliff").asByteArray()).all("unit").subList(0, CRUFT);
        assertEquals(List.of(List.of("no", "Skip to content", "final"), List.of("no", "Live updates", "final")),
                units.stream().map(u -> List.of(u.getAttribute("translate"), XliffDom.childText(u, "target"),
                        segment(u).getAttribute("state"))).toList());
    }

    private static Response importFixture(String documentTitle) {
        return Api.postDocument(Map.of("title", documentTitle, "sourceLanguage", "en", "format", "text",
                "content", resource(ARTICLE)));
    }

    /** Marks the cruft, adds Russian, translates as a translator and approves as a reviewer. */
    private static void translateAndApprove(long id) {
        List<Map<String, Object>> segments = Api.segments(id);
        for (int i = 0; i < CRUFT; i++) {
            Api.markNotTranslatable(id, segmentId(segments.get(i)));
            // Cruft is left out of the exports ("Skip to content" is already, as boilerplate, at import).
            asAdmin().contentType(ContentType.JSON).body(Map.of("leftOut", true))
                    .patch("/api/documents/{id}/segments/{segmentId}", id, segmentId(segments.get(i))).then()
                    .statusCode(200);
        }
        asAdmin().contentType(ContentType.JSON).body(Map.of("language", "ru"))
                .post("/api/documents/{id}/languages", id).then().statusCode(201);
        Api.User translator = createUser("translator");
        Api.User reviewer = createUser("reviewer");
        for (int i = CRUFT; i < segments.size(); i++) {
            long segmentId = segmentId(segments.get(i));
            Api.save(translator, id, "ru", segmentId, RUSSIAN.get(i - CRUFT), "TRANSLATED", 0).then()
                    .statusCode(200);
            Api.save(reviewer, id, "ru", segmentId, null, "APPROVED", 1).then().statusCode(200);
        }
    }

    private static Response export(String format) {
        Response response = asAdmin().queryParam("format", format)
                .get("/api/documents/{id}/languages/ru/export", approvedDocument);
        assertEquals(200, response.statusCode(), response.asString());
        return response;
    }

    private static String utf8(Response response) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static long segmentId(Map<String, Object> segment) {
        return ((Number) segment.get("id")).longValue();
    }

    private static Element segment(Element unit) {
        return (Element) unit.getElementsByTagNameNS(unit.getNamespaceURI(), "segment").item(0);
    }
}
