package org.verso.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.interchange.docx.WordFiles;

/** Issue 21: a Word file imported, translated through the API and exported is the same document in the target. */
@QuarkusTest
class WordRoundTripApiTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String LIBREOFFICE = "/interchange/docx/ferry-strike-libreoffice.docx";

    private static Response upload(String fileName, byte[] bytes) {
        return asAdmin().multiPart("sourceLanguage", "en").multiPart("format", "auto")
                .multiPart("file", fileName, bytes, "application/octet-stream").post("/api/documents");
    }

    /** Imports the article, approves every segment in {@code language} upper-cased, and answers the document. */
    private static long translated(String language) {
        return translated("harbour.docx", WordFiles.article(), language);
    }

    private static long translated(String fileName, byte[] file, String language) {
        long id = upload(fileName, file).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addLanguage(id, language);
        for (Map<String, Object> segment : Api.segments(id)) {
            long segmentId = ((Number) segment.get("id")).longValue();
            Api.save(Api.ADMIN, id, language, segmentId, WordFiles.shout((String) segment.get("source")),
                    "APPROVED", 0).then().statusCode(200);
        }
        return id;
    }

    private static byte[] export(long id, String language) {
        return asAdmin().get("/api/documents/{id}/languages/{lang}/export?format=docx", id, language).then()
                .statusCode(200).contentType(DOCX).extract().asByteArray();
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + paragraph.getText()));
    }

    @Test
    void anUploadWithFormatAutomaticIsReadAsWordWithHeadingsCodesCellsAndNotes() {
        long id = upload("harbour.docx", WordFiles.article()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        assertEquals("docx", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
        List<String> sources = Api.segments(id).stream().map(s -> (String) s.get("source")).toList();
        assertEquals(WordFiles.HEADLINE, sources.get(0));
        assertTrue(sources.contains("<1>" + WordFiles.BOLD + "</1>, <2>" + WordFiles.ITALIC + "</2>."),
                sources.toString());
        assertTrue(sources.containsAll(List.of(WordFiles.CELL, WordFiles.ALT, WordFiles.FOOTNOTE)),
                sources.toString());
    }

    @Test
    void theImportFormTakesAWordFileWithFormatAutomaticAndOffersTheWordDownload() {
        String form = Browser.admin().get("/documents/new").then().statusCode(200).extract().asString();
        assertTrue(form.contains(".docx"), "the file field accepts Word files");
        // What a browser sends for that form with only a file chosen: every field, the text ones empty.
        Response created = Browser.admin().request().multiPart("title", "").multiPart("sourceLanguage", "en")
                .multiPart("format", "auto").multiPart("segmentationRules", "").multiPart("content", "")
                .multiPart("file", "harbour.docx", WordFiles.article(), DOCX).post("/documents");
        long id = Browser.documentIdFrom(created);

        assertEquals("docx", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
        Api.addLanguage(id, "de");
        String page = Browser.admin().get("/documents/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("/documents/" + id + "/de/download?format=docx&amp;partial=true\">Word</a>")
                || page.contains("/documents/" + id + "/de/download?format=docx&partial=true\">Word</a>"), page);
        String editor = Browser.admin().get("/documents/" + id + "/de").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("title=\"start of bold 1\"") && editor.contains("title=\"start of link 3\"")
                && editor.contains("title=\"footnote reference 4\""), "the chips name the Word markup");
    }

    @Test
    void theExportIsTheSameDocumentWithTheTranslationAndItsFormatting() throws Exception {
        long id = translated("ru");
        try (XWPFDocument original = WordFiles.open(WordFiles.article());
             XWPFDocument export = WordFiles.open(export(id, "ru"))) {
            assertEquals(original.getParagraphs().size(), export.getParagraphs().size());
            assertEquals("Heading1", export.getParagraphs().get(0).getStyle());
            assertEquals(WordFiles.HEADLINE.toUpperCase(Locale.ROOT), export.getParagraphs().get(0).getText());
            XWPFParagraph body = export.getParagraphs().get(1);
            assertTrue(run(body, WordFiles.BOLD.toUpperCase(Locale.ROOT)).isBold());
            assertTrue(run(body, WordFiles.ITALIC.toUpperCase(Locale.ROOT)).isItalic());
            XWPFHyperlinkRun link = (XWPFHyperlinkRun) run(body, WordFiles.LINK.toUpperCase(Locale.ROOT));
            assertEquals("https://example.org/timetable", link.getHyperlink(export).getURL());
            assertEquals(2, export.getTables().get(0).getNumberOfRows());
            assertEquals(WordFiles.CELL.toUpperCase(Locale.ROOT), export.getTables().get(0).getRow(0).getCell(0)
                    .getText());
            assertEquals(WordFiles.FOOTNOTE.toUpperCase(Locale.ROOT),
                    export.getFootnotes().get(0).getParagraphs().get(0).getText());
        }
    }

    /** LibreOffice's file (interchange/docx/SOURCE.md): untranslated, every paragraph's text comes back exactly. */
    @Test
    void aFileFromAnotherProducerComesBackWithEveryCharacterOfItsText() throws Exception {
        byte[] file = Api.resourceBytes(LIBREOFFICE);
        long id = upload("ferry-strike.docx", file).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addLanguage(id, "de");
        byte[] export = asAdmin().get("/api/documents/{id}/languages/de/export?format=docx&partial=true", id).then()
                .statusCode(200).extract().asByteArray();
        try (XWPFDocument original = WordFiles.open(file); XWPFDocument exported = WordFiles.open(export)) {
            assertEquals(texts(original), texts(exported).subList(texts(exported).size() - texts(original).size(),
                    texts(exported).size()), "the partial notice may come first; then the file's own paragraphs");
        }
    }

    @Test
    void aFileFromAnotherProducerKeepsStylesRunsLinkTableAndList() throws Exception {
        byte[] file = Api.resourceBytes(LIBREOFFICE);
        try (XWPFDocument original = WordFiles.open(file);
             XWPFDocument translated = WordFiles.open(export(translated("ferry-strike.docx", file, "de"), "de"))) {
            assertEquals(styles(original), styles(translated));
            XWPFParagraph lead = translated.getParagraphs().get(1);
            assertTrue(run(lead, WordFiles.shout("crews walked out")).isBold());
            assertTrue(run(lead, WordFiles.shout("second strike")).isItalic());
            XWPFHyperlinkRun link = (XWPFHyperlinkRun) run(translated.getParagraphs().get(2),
                    WordFiles.shout("full statement"));
            assertEquals("https://example.org/ferry-talks", link.getHyperlink(translated).getURL());
            assertEquals(WordFiles.shout("North pier"), translated.getTables().get(0).getRow(1).getCell(0).getText());
            assertEquals(List.of(WordFiles.shout("Buses replace the morning boats. "),
                    WordFiles.shout("Tickets stay valid for a week. ")), translated.getParagraphs().stream()
                    .filter(p -> p.getNumID() != null).map(XWPFParagraph::getText).toList());
        }
    }

    /** Each paragraph's style and list numbering, in order. */
    private static List<String> styles(XWPFDocument document) {
        return document.getParagraphs().stream().map(p -> p.getStyle() + "/" + p.getNumID()).toList();
    }

    private static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void aRightToLeftTargetGetsBidiParagraphs() {
        byte[] export = export(translated("fa"), "fa");
        String document = new String(WordFiles.entries(export).get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(document.contains("<w:bidi/>"), document);
        assertTrue(document.contains("w:bidi=\"fa\""), document);
    }

    @Test
    void trackedChangesAreAProblemSayingToAcceptOrRejectThemFirst() {
        String detail = Api.assertProblem(upload("draft.docx", WordFiles.withTrackedInsertion()), 400)
                .getString("detail");
        assertTrue(detail.toLowerCase(Locale.ROOT).contains("accept or reject the changes first"), detail);
    }

    @Test
    void aZipThatIsNoWordDocumentIsAProblem() {
        String detail = Api.assertProblem(upload("notes.docx", WordFiles.plainZip()), 400).getString("detail");
        assertTrue(detail.contains("not a Word document"), detail);
    }

    @Test
    void aWordExportOfAnArticleNotImportedFromWordIsAProblem() {
        long id = Api.importArticle("The ferry sails at dawn.\n");
        Api.addLanguage(id, "de");
        String detail = Api.assertProblem(asAdmin().get("/api/documents/{id}/languages/de/export?format=docx"
                + "&partial=true", id), 400).getString("detail");
        assertTrue(detail.contains("imported as text"), detail);
    }
}
