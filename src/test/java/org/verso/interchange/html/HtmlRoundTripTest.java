package org.verso.interchange.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.UnitState;

class HtmlRoundTripTest {

    private final SourceDocument article = new HtmlReader().read(fixture());

    @Test
    void blocksBecomeParagraphsAndInlineElementsCodes() {
        List<String> texts = article.paragraphs().stream().map(SourceParagraph::readable).toList();
        assertEquals("City Opens New Tram Line", texts.get(0), "the page title comes first");
        assertTrue(texts.contains("City Opens New Tram Line After Six Years of Work"), texts.toString());
        assertTrue(texts.contains("Vienna, 3 March 2024 (Newswire) -- The city opened its <1>longest</1> tram line "
                + "on Sunday. About 12,500 riders used it on the first day, <2>the operator said</2>."), texts.toString());
        assertTrue(texts.contains("Tickets cost the same as on the bus.<1/>Children ride free."), texts.toString());
        assertTrue(texts.contains("Run <1/> to see the timetable tool."), "a code span is one standalone code");
        assertTrue(texts.contains("A green tram crossing the river bridge"), "alt text is its own paragraph");
        assertTrue(texts.contains("Ridership report"), "so is a title attribute inside a paragraph");
        assertTrue(texts.contains("\"We were late, and we know it. The delays cost money.\""), texts.toString());
        assertTrue(texts.contains("Twenty-one"), "table cells are paragraphs");
        assertFalse(texts.stream().anyMatch(t -> t.contains("analytics") || t.contains("margin") || t.contains("Depot")
                || t.contains("CMS")), "scripts, styles, comments and pre blocks are never shown: " + texts);
        assertEquals(ParagraphKind.HEADING, article.paragraphs().get(texts.indexOf(
                "City Opens New Tram Line After Six Years of Work")).kind());
    }

    @Test
    void exportKeepsTheMarkupTreeAndReplacesOnlyText() {
        String exported = export(article, "de", t -> t.toUpperCase(Locale.ROOT));
        org.jsoup.nodes.Document source = Jsoup.parse(new String(fixture(), StandardCharsets.UTF_8));
        org.jsoup.nodes.Document target = Jsoup.parse(exported);
        assertEquals(shape(source.selectFirst("html")), shape(target.selectFirst("html")));
        assertEquals("de", target.selectFirst("html").attr("lang"));
        assertEquals("ltr", target.selectFirst("html").attr("dir"));
        assertEquals("CITY OPENS NEW TRAM LINE", target.title());
        assertEquals("A GREEN TRAM CROSSING THE RIVER BRIDGE", target.selectFirst("img").attr("alt"));
        assertEquals("https://example.org/report", target.selectFirst("article a").attr("href"));
        assertEquals("RIDERSHIP REPORT", target.selectFirst("article a").attr("title"));
        assertEquals("THE OPERATOR SAID", target.selectFirst("article a").text());
        assertEquals("tram --help", target.selectFirst("code").text(), "code spans are never translated");
        assertTrue(exported.contains("window.analytics = { page: \"tram\" };"), "scripts come back untouched");
        assertTrue(exported.contains("<!-- CMS: article 4411 -->"));
        assertTrue(exported.contains("stop_id,name\n1,Depot"));
        assertFalse(exported.contains("data-verso"), "no skeleton marker leaks into the export");
    }

    @Test
    void movedCodesFollowTheTranslation() {
        String exported = export(article, "fa", t -> t.startsWith("Vienna")
                ? "<2>گفت اپراتور</2> ترام <1>طولانی‌ترین</1>." : t);
        Element dateline = Jsoup.parse(exported).selectFirst("p.dateline");
        assertEquals("گفت اپراتور ترام طولانی‌ترین.", dateline.text());
        assertEquals("a", dateline.child(0).tagName());
        assertEquals("strong", dateline.child(1).tagName());
        assertEquals("rtl", Jsoup.parse(exported).selectFirst("html").attr("dir"));
    }

    @Test
    void omissionsTheStandardAllowsPass() {
        SourceDocument loose = new HtmlReader().read("<p>First para<p>Second <b>bold</b><ul><li>one<li>two</ul>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("First para", "Second <1>bold</1>", "one", "two"),
                loose.paragraphs().stream().map(SourceParagraph::text).toList());
    }

    /** A sentence standing beside blocks in one container is translated, and the page keeps its shape. */
    @Test
    void textBesideBlocksInOneContainerIsTranslatedToo() {
        String html = "<!DOCTYPE html><html><head><title>Bridge closed</title></head><body><div class=\"box\">"
                + "\n  Breaking: the bridge is closed. <b>Detours</b> apply.<p>Trams run as usual.</p>\n  Updated at noon."
                + "<!-- desk --><img src=\"map.png\" alt=\"Detour map\"><ul><li>Harbour stop</li></ul> <br> </div></body></html>";
        SourceDocument loose = new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8));
        List<String> texts = loose.paragraphs().stream().map(SourceParagraph::readable).toList();
        assertEquals(List.of("Bridge closed", "Breaking: the bridge is closed. <1>Detours</1> apply.",
                "Trams run as usual.", "Updated at noon.", "Detour map", "Harbour stop"), texts);

        String exported = export(loose, "de", t -> t.toUpperCase(Locale.ROOT));
        org.jsoup.nodes.Document target = Jsoup.parse(exported);
        assertEquals(shape(Jsoup.parse(html).selectFirst("html")), shape(target.selectFirst("html")),
                "the runs' wrappers are gone again: " + exported);
        Element box = target.selectFirst("div.box");
        assertEquals("BREAKING: THE BRIDGE IS CLOSED. DETOURS APPLY. TRAMS RUN AS USUAL. UPDATED AT NOON. HARBOUR STOP",
                box.text());
        assertEquals("DETOURS", box.selectFirst("b").text());
        assertTrue(exported.contains("<!-- desk -->"));
        assertEquals("DETOUR MAP", box.selectFirst("img").attr("alt"));
    }

    @Test
    void anArticleNotFromHtmlGetsAPlainPage() {
        BilingualDocument doc = new BilingualDocument("1", "Title", "en", "ru", List.of(
                new BilingualParagraph(ParagraphKind.HEADING, "", true, List.of(unit("Headline", "Заголовок"))),
                new BilingualParagraph(ParagraphKind.BODY, "", true, List.of(unit("One.", "Раз."), unit("Two.", "Два.")))),
                0);
        org.jsoup.nodes.Document page = Jsoup.parse(new String(new HtmlWriter().write(doc, null), StandardCharsets.UTF_8));
        assertEquals("Заголовок", page.selectFirst("h1").text());
        assertEquals("Раз. Два.", page.selectFirst("p").text());
        assertEquals("ru", page.selectFirst("html").attr("lang"));
    }

    private static String export(SourceDocument source, String language, UnaryOperator<String> translate) {
        List<BilingualParagraph> paragraphs = new ArrayList<>();
        for (SourceParagraph p : source.paragraphs()) {
            paragraphs.add(new BilingualParagraph(p.kind(), p.markup(), p.segmentable(),
                    List.of(unit(p.text(), translate.apply(p.text())))));
        }
        BilingualDocument doc = new BilingualDocument("1", "t", "en", language, paragraphs, 0);
        return new String(new HtmlWriter().write(doc, source.skeleton()), StandardCharsets.UTF_8);
    }

    private static BilingualUnit unit(String source, String target) {
        return new BilingualUnit("s", source, target, UnitState.TRANSLATED, "approved", true);
    }

    /** The element tree: tags and attributes; text, the root's lang/dir and alt/title values left out. */
    private static String shape(Element element) {
        StringBuilder out = new StringBuilder();
        shape(element, out);
        return out.toString();
    }

    private static void shape(Node node, StringBuilder out) {
        if (node instanceof TextNode) {
            return;
        }
        if (node instanceof Element element) {
            out.append('<').append(element.tagName());
            for (Attribute a : element.attributes()) {
                if (element.parent() == null || !List.of("lang", "dir").contains(a.getKey())) {
                    boolean translated = List.of("alt", "title").contains(a.getKey());
                    out.append(' ').append(a.getKey()).append(translated ? "" : "=" + a.getValue());
                }
            }
            out.append('>');
        }
        for (Node child : node.childNodes()) {
            shape(child, out);
        }
        if (node instanceof Element element) {
            out.append("</").append(element.tagName()).append('>');
        }
    }

    private static byte[] fixture() {
        try (InputStream in = HtmlRoundTripTest.class.getResourceAsStream("/articles/tram-line.html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
