package org.verso.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.interchange.catalog.CatalogUnit;
import org.verso.interchange.json.JsonCatalogReader;
import org.verso.interchange.po.PoCatalogReader;

/** Issue 22: a software string catalog imported as a document, translated (plurals form by form) and exported. */
@QuarkusTest
class CatalogApiTest {

    private static final Map<String, String> RUSSIAN_COMMENTS = Map.of("one", "<1/> комментарий",
            "few", "<1/> комментария", "many", "<1/> комментариев", "other", "<1/> комментария");

    static long upload(String fileName) {
        return asAdmin().multiPart("sourceLanguage", "en").multiPart("file", fileName,
                        Api.resourceBytes("/interchange/catalogs/" + fileName), "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> segment(long documentId, String key) {
        return Api.segments(documentId).stream().filter(s -> key.equals(s.get("key"))).findFirst().orElseThrow();
    }

    static long id(Map<String, Object> segment) {
        return ((Number) segment.get("id")).longValue();
    }

    static Response saveForms(long documentId, String language, long segmentId, Map<String, String> forms) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("forms", forms, "status", "APPROVED", "version", 0, "qaOverride", "test"))
                .put("/api/documents/{id}/languages/{lang}/translations/{segmentId}", documentId, language, segmentId);
    }

    static String export(long documentId, String language, String format) {
        return new String(asAdmin().get("/api/documents/{id}/languages/{lang}/export?format={f}&partial=true",
                documentId, language, format).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aPoCatalogIsImportedUnitByUnitWithItsKeysAndNotes() {
        long id = upload("newsroom.pot");
        assertEquals("po", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
        List<Map<String, Object>> segments = Api.segments(id);
        assertEquals(5, segments.size(), "one segment per entry, never split into sentences");
        Map<String, Object> front = segments.get(1);
        assertEquals("Latest", front.get("key"));
        assertEquals("front page", front.get("context"));
        assertEquals("Shown on the front page; keep it short", front.get("comment"));
        assertEquals(20, front.get("maxLength"));
        assertEquals(false, front.get("plural"));
        assertEquals(true, segments.get(3).get("plural"));
        assertEquals("Hello <1/>,\nyour story \"<2/>\" is live.", segments.get(4).get("source"));
    }

    @Test
    void aRussianPluralIsSavedFormByFormAndExportedAsThreeMsgstrs() {
        long id = upload("newsroom.pot");
        Api.addLanguage(id, "ru");
        long plural = Api.segmentId(id, 3);
        Response saved = saveForms(id, "ru", plural, RUSSIAN_COMMENTS);
        saved.then().statusCode(200);
        assertEquals("<1/> комментария", saved.jsonPath().getString("text"), "text holds the other form");
        assertEquals(RUSSIAN_COMMENTS, saved.jsonPath().getMap("forms"));
        Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, 0), "Сохранить <1/>", "APPROVED", 0).then().statusCode(200);

        String po = export(id, "ru", "po");
        assertTrue(po.contains("msgstr[0] \"%d комментарий\"\nmsgstr[1] \"%d комментария\"\n"
                + "msgstr[2] \"%d комментариев\"\n"), po);
        assertTrue(po.contains("msgid \"Save %s\"\nmsgstr \"Сохранить %s\""), po);
        assertTrue(po.contains("\"Language: ru\\n\"") && po.contains("nplurals=3;"), po);
        List<CatalogUnit> units = new PoCatalogReader().read(po.getBytes(StandardCharsets.UTF_8)).units();
        assertEquals(5, units.size(), "the export reads as the same catalog");
        assertEquals(RUSSIAN_COMMENTS, Api.translation(id, "ru", plural).get("forms"));
    }

    @Test
    void theChecksSeeEachFormAndKnowTheCatalogsPlaceholders() {
        long id = upload("newsroom.pot");
        Api.addLanguage(id, "ru");
        Response saved = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("forms", Map.of("one", "<1/> комментарий", "few", "комментария", "other", "<1/> x"),
                        "status", "DRAFT", "version", 0))
                .put("/api/documents/{id}/languages/ru/translations/{s}", id, Api.segmentId(id, 3));
        List<String> messages = saved.then().statusCode(200).extract().jsonPath().getList("issues.message");
        assertTrue(messages.contains("\"few\" form: The placeholder <1/> is missing from the translation."),
                messages.toString());
        assertTrue(messages.contains("The \"many\" form is empty."), messages.toString());
        Response single = Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, 0), "Сохранить %s", "DRAFT", 0);
        assertTrue(single.jsonPath().getList("issues.check").contains("placeholders"), single.asString());
    }

    @Test
    void aJsonCatalogComesBackWithItsStructureAndRussianPluralKeys() {
        long id = upload("newsroom-i18next.json");
        Api.addLanguage(id, "ru");
        Map<String, Object> inbox = segment(id, "inbox");
        assertEquals(Map.of("one", "<1/> new story", "other", "<1/> new stories"), inbox.get("sourceForms"));
        saveForms(id, "ru", id(inbox), Map.of("one", "<1/> новая статья", "few", "<1/> новые статьи",
                "many", "<1/> новых статей", "other", "<1/> новой статьи")).then().statusCode(200);
        Api.save(Api.ADMIN, id, "ru", id(segment(id, "menu.close")), "Закрыть", "APPROVED", 0).then().statusCode(200);

        String json = export(id, "ru", "json");
        String source = Api.resource("/interchange/catalogs/newsroom-i18next.json");
        String expected = source.replace("\"close\": \"Close\"", "\"close\": \"Закрыть\"")
                .replace("\"inbox_one\": \"{{count}} new story\",\n  \"inbox_other\": \"{{count}} new stories\"",
                        "\"inbox_one\": \"{{count}} новая статья\",\n  \"inbox_few\": \"{{count}} новые статьи\",\n"
                                + "  \"inbox_many\": \"{{count}} новых статей\",\n"
                                + "  \"inbox_other\": \"{{count}} новой статьи\"");
        assertEquals(expected, json, "only the translated values change; untranslated ones keep the source");
        assertEquals(6, new JsonCatalogReader().read(json.getBytes(StandardCharsets.UTF_8)).units().size());
    }

    @Test
    void aNewCatalogVersionMatchesUnitsByKey() {
        long id = upload("newsroom-i18next.json");
        Api.addLanguage(id, "tg");
        Api.save(Api.ADMIN, id, "tg", id(segment(id, "menu.open")), "Кушодани <1/>", "APPROVED", 0);
        Api.save(Api.ADMIN, id, "tg", id(segment(id, "menu.close")), "Пӯшидан", "APPROVED", 0);
        Api.save(Api.ADMIN, id, "tg", id(segment(id, "quote")), "Ӯ гуфт", "APPROVED", 0);
        long close = id(segment(id, "menu.close"));

        asAdmin().multiPart("file", "newsroom.json", Api.resourceBytes("/interchange/catalogs/newsroom-v2.json"),
                "application/json").post("/api/documents/{id}/versions", id).then().statusCode(201);

        assertEquals(close, id(segment(id, "menu.close")), "an unchanged key keeps its segment");
        assertEquals("APPROVED", Api.translation(id, "tg", close).get("status"));
        assertEquals("FUZZY", Api.translation(id, "tg", id(segment(id, "menu.open"))).get("status"));
        assertEquals("NEW", Api.translation(id, "tg", id(segment(id, "share"))).get("status"));
        assertTrue(Api.segments(id).stream().noneMatch(s -> "quote".equals(s.get("key"))), "removed: archived");
    }

    @Test
    void aPastedPoCatalogIsDetectedAndAnExportIntoAnotherCatalogFormatIsRefused() {
        long id = Api.postDocument(Map.of("sourceLanguage", "en", "content",
                "# a comment\nmsgid \"Close\"\nmsgstr \"\"\n")).then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("po", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
        Api.addLanguage(id, "fa");
        Api.assertProblem(asAdmin().get("/api/documents/{id}/languages/fa/export?format=json&partial=true", id), 400);
        assertNull(segment(id, "Close").get("context"));
    }

    @Test
    void aPropertiesBundleIsTranslatedAndExportedWithItsEscapes() throws Exception {
        long id = upload("messages.properties");
        Api.addLanguage(id, "ru");
        assertEquals("Verso test bundle, written for these tests\nGreeting on the dashboard",
                segment(id, "greeting").get("comment"));
        Api.save(Api.ADMIN, id, "ru", id(segment(id, "greeting")), "С возвращением, <1/>!", "APPROVED", 0)
                .then().statusCode(200);
        byte[] exported = asAdmin().get("/api/documents/{id}/languages/ru/export?format=properties&partial=true", id)
                .then().statusCode(200).extract().asByteArray();
        java.util.Properties java = new java.util.Properties();
        java.load(new java.io.ByteArrayInputStream(exported));
        assertEquals("С возвращением, {0}!", java.getProperty("greeting"));
        assertEquals("Café open", java.getProperty("cafe"), "untranslated: the source");
    }

    @Test
    void anAndroidFileIsTranslatedWithItsPluralsAndStaysWellFormed() throws Exception {
        long id = upload("strings.xml");
        assertEquals("android", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
        Api.addLanguage(id, "ru");
        Map<String, Object> title = segment(id, "app_title");
        assertEquals(24, title.get("maxLength"));
        assertEquals(false, segment(id, "app_id").get("translatable"));
        saveForms(id, "ru", id(segment(id, "unread")), Map.of("one", "<1/> непрочитанная", "few",
                "<1/> непрочитанные", "many", "<1/> непрочитанных", "other", "<1/> непрочитанной")).then().statusCode(200);
        String xml = export(id, "ru", "android");
        assertTrue(xml.contains("<item quantity=\"many\">%d непрочитанных</item>"), xml);
        assertTrue(xml.contains("<![CDATA[Read the <b>full</b> story]]>"), xml);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theEditorShowsKeyContextAndOneBoxPerRussianFormAndSavesThem() {
        long id = upload("newsroom.pot");
        Api.addLanguage(id, "ru");
        org.verso.web.Browser browser = org.verso.web.Browser.admin();
        String page = browser.get("/documents/" + id + "/ru").then().statusCode(200).extract().asString();
        assertTrue(page.contains("context: front page") && page.contains("max 20 characters"), page);
        assertTrue(page.contains("Shown on the front page; keep it short"), page);
        for (String form : List.of("one", "few", "many", "other")) {
            assertTrue(page.contains("name=\"form_" + form + "\""), form);
        }
        long plural = Api.segmentId(id, 3);
        browser.post("/documents/" + id + "/ru/segments/" + plural, "version", "0", "action", "draft",
                "form_one", "<1/> комментарий", "form_few", "<1/> комментария", "form_many", "<1/> комментариев",
                "form_other", "<1/> комментария").then().statusCode(303);
        assertEquals(RUSSIAN_COMMENTS, Api.translation(id, "ru", plural).get("forms"));
    }
}
