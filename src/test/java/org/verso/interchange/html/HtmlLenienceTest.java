package org.verso.interchange.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.Repair;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.UnitState;

/** Real pages as browsers take them: repaired where a browser repairs, read in the encoding they declare. */
class HtmlLenienceTest {

    @Test
    void anArticleLeftOpenBeforeTheBodyEndIsRepairedAndTheRepairListedAtTheEndTag() {
        SourceDocument page = new HtmlReader().read(fixture("html/unclosed-article.html"));
        assertEquals(List.of("Ferry Service Resumes", "Ferry Service Resumes",
                "The island ferry sailed again on Monday after a week of storms.",
                "Passengers queued at the pier before dawn."), texts(page));
        assertEquals(1, page.repairs().size(), page.repairs().toString());
        Repair repair = page.repairs().get(0);
        assertEquals(12, repair.line());
        assertEquals(1, repair.column());
        assertTrue(repair.what().contains("</body>"), repair.what());
    }

    @Test
    void theRepairedPageIsExportedWellFormedWithTheTranslation() {
        SourceDocument page = new HtmlReader().read(fixture("html/unclosed-article.html"));
        String exported = export(page, "fr", text -> text.replace("ferry", "bac"));
        Parser strict = Parser.htmlParser().setTrackErrors(10);
        Document reread = Jsoup.parse(exported, "", strict);
        assertEquals(List.of(), strict.getErrors(), "the export needs no repair");
        assertEquals("The island bac sailed again on Monday after a week of storms.",
                reread.selectFirst("article p").text());
        assertEquals(2, reread.select("article p").size());
    }

    @Test
    void overlappingElementsAreRepairedAsABrowserDoes() {
        SourceDocument page = read("<p>One <b>two</p> three");
        assertEquals(List.of("One <1>two</1>", "<1> three</1>"), texts(page), "the bold run continues after the </p>");
        assertEquals(2, page.repairs().size(), "the </p> inside <b>, and <b> still open at the end");
        assertEquals(new Repair(1, 14, page.repairs().get(0).what()), page.repairs().get(0));
        assertTrue(page.repairs().get(1).what().contains("ends with elements still open"));
    }

    @Test
    void aWellFormedPageHasNoRepairs() {
        assertEquals(List.of(), read("<html><body><p>Calm seas.</p></body></html>").repairs());
    }

    @Test
    void onlyWhatCannotBeAnArticleIsRefused() {
        assertTrue(refused("Plain words, no markup at all.").contains("no HTML markup"));
        assertTrue(refused("<html><body><img src=x></body></html>").contains("no text"));
        assertTrue(refused("<div>".repeat(300) + "text" + "</div>".repeat(300)).contains("levels deep"));
    }

    @Test
    void aPageDeclaringIso88591IsReadAsBrowsersReadItAndExportedAsUtf8DeclaringUtf8() {
        SourceDocument page = new HtmlReader().read(fixture("encodings/declared-iso-8859-1.html"));
        assertEquals(List.of("Café du port", "Le café du port rouvre, et sa marque Portside™ revient."), texts(page));
        String exported = export(page, "fr", text -> text);
        assertTrue(exported.contains("<meta charset=\"utf-8\">"), exported);
        assertTrue(exported.contains("Portside™ revient."), exported);
    }

    @Test
    void aPageDeclaringWindows1252InHttpEquivIsReadAndItsDeclarationRewritten() {
        SourceDocument page = new HtmlReader().read(fixture("encodings/declared-windows-1252.html"));
        assertEquals("Le marché couvert ouvre à 7 heures – Harbour™ fournit le pain.", texts(page).get(1));
        String exported = export(page, "fr", text -> text);
        assertTrue(exported.contains("content=\"text/html; charset=utf-8\""), exported);
    }

    @Test
    void aPageDeclaringUtf8KeepsItsDeclarationAsSpelled() {
        String exported = export(read("<meta charset=\"UTF-8\"><p>Calm seas.</p>"), "fr", text -> text);
        assertTrue(exported.contains("<meta charset=\"UTF-8\">"), exported);
    }

    @Test
    void aByteOrderMarkWinsOverTheDeclaration() {
        byte[] bytes = "\uFEFF<meta charset=\"windows-1252\"><p>Caf\u00e9 ™</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("Café ™"), texts(new HtmlReader().read(bytes)));
    }

    @Test
    void anUnknownDeclaredEncodingIsRefusedByName() {
        assertTrue(refused("<meta charset=\"klingon-8\"><p>Qapla'</p>").contains("\"klingon-8\""));
    }

    @Test
    void bytesThatAreNotTheDeclaredEncodingAreRefusedWithTheOffset() {
        byte[] bytes = "<meta charset=\"windows-1252\"><p>x\u0081</p>".getBytes(StandardCharsets.ISO_8859_1);
        InterchangeException e = assertThrows(InterchangeException.class, () -> new HtmlReader().read(bytes));
        assertEquals("The file is not valid windows-1252 text (first bad byte at offset 33).", e.getMessage());
    }

    private static SourceDocument read(String html) {
        return new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(String html) {
        return assertThrows(InterchangeException.class, () -> read(html)).getMessage();
    }

    private static List<String> texts(SourceDocument page) {
        return page.paragraphs().stream().map(SourceParagraph::text).toList();
    }

    private static String export(SourceDocument source, String language,
                                 java.util.function.UnaryOperator<String> translate) {
        List<BilingualParagraph> paragraphs = new ArrayList<>();
        for (SourceParagraph p : source.paragraphs()) {
            BilingualUnit unit = new BilingualUnit("s", p.text(), translate.apply(p.text()), UnitState.TRANSLATED,
                    "approved", true);
            paragraphs.add(new BilingualParagraph(p.kind(), p.markup(), p.segmentable(), List.of(unit)));
        }
        BilingualDocument doc = new BilingualDocument("1", "t", "en", language, paragraphs, 0);
        return new String(new HtmlWriter().write(doc, source.skeleton()), StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) {
        try (InputStream in = HtmlLenienceTest.class.getResourceAsStream("/interchange/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
