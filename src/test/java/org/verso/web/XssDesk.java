package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.Api;
import org.verso.job.Jobs;

/**
 * A newsroom whose every user-written field holds the XSS corpus, built through the API for {@link XssBrowserTest}
 * in few requests (one file import rather than fifty saves wherever a file can carry them): titles, a pasted text
 * article (source, translations from an XLIFF file, revision comments, comments with mentions, a new source version),
 * glossary terms and notes (CSV), memory units from a TMX file whose name is a payload (a background job), a
 * Markdown article, an HTML article translated from an XLIFF file whose name is a payload, the same XLIFF file
 * imported as a document, and an HTML article whose own markup carries handlers.
 */
final class XssDesk {

    /** The target language of everything here: rare enough that no other test's terms or units crowd the pages. */
    static final String LANG = "de-AT";
    static final String TMX_NAME = "<img src=x onerror=alert('xss') data-xss>.tmx";
    static final String XLIFF_NAME = "<svg onload=alert('xss') data-xss>.xlf";
    /** The text article's segments whose comments, history and matches the test opens; a tenth of the corpus each. */
    static final List<Integer> OPENED = List.of(0, 12, 14, 15, 48);

    final List<String> payloads;
    final List<String> titles = new ArrayList<>();
    /** Per payload, the unique word before it in the text article: "Report qwerty <payload>". */
    final List<String> words = new ArrayList<>();
    long text;
    List<Long> textSegments;
    long markdown;
    long html;
    long hostileHtml;
    long xliff;
    long memoryJob;

    XssDesk(List<String> payloads) {
        this.payloads = payloads;
    }

    XssDesk build() {
        payloads.forEach(p -> words.add(Api.letters(10)));
        titles();
        textArticle();
        glossary();
        memory();
        markdown = importDocument("markdown", "Markdown " + payloads.get(32), String.join("\n\n", payloads) + "\n");
        htmlArticles();
        return this;
    }

    /** The payloads a tenth of the corpus at a time: the comments and revision comments of one opened segment. */
    List<String> tenth(int opened) {
        int from = OPENED.indexOf(opened) * payloads.size() / OPENED.size();
        return payloads.subList(from, from + payloads.size() / OPENED.size());
    }

    /** Every payload in some document's title, a few per title (titles hold 500 characters). */
    private void titles() {
        StringBuilder title = new StringBuilder();
        for (String payload : payloads) {
            if (title.length() + payload.length() + 3 > 500) {
                titles.add(title.toString());
                title.setLength(0);
            }
            title.append(title.isEmpty() ? "" : " | ").append(payload);
        }
        titles.add(title.toString());
        titles.subList(1, titles.size()).forEach(t -> importDocument("text", t, "A short note.\n"));
    }

    /**
     * Source "Report word payload", translated "Bericht payload" from an XLIFF file; the opened segments saved once
     * more with a revision comment and commented on, mentioning the admin; then a new source version.
     */
    private void textArticle() {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            article.append("Report ").append(words.get(i)).append(' ').append(payloads.get(i)).append("\n\n");
        }
        text = importDocument("text", titles.get(0), article.toString());
        Api.addLanguage(text, LANG);
        textSegments = Api.segments(text).stream().map(s -> ((Number) s.get("id")).longValue()).toList();
        assertEquals(payloads.size(), textSegments.size(), "one segment per payload paragraph");
        translateByXliff(text, "(Report \\w+ )(.*)", m -> "Bericht " + m.group(2), "translated", "article.xlf");
        for (int i : OPENED) {
            long segment = textSegments.get(i);
            String tenth = String.join(" ", tenth(i));
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("text", "Bericht " + payloads.get(i) + " (neu)",
                    "status", "TRANSLATED", "version", 1, "comment", tenth))
                    .put("/api/documents/{id}/languages/{lang}/translations/{segmentId}", text, LANG, segment)
                    .then().statusCode(200);
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("text", "@admin " + tenth))
                    .post("/api/documents/{id}/segments/{segmentId}/comments", text, segment).then().statusCode(201);
        }
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en", "format", "text",
                "content", article + "Update " + payloads.get(0) + "\n")).post("/api/documents/{id}/versions", text)
                .then().statusCode(201);
    }

    /** A term per payload, "Report word" (so the article shows it), with the payload as target and note. */
    private void glossary() {
        StringBuilder csv = new StringBuilder("source,target,note\n");
        for (int i = 0; i < payloads.size(); i++) {
            String quoted = "\"" + payloads.get(i).replace("\"", "\"\"") + "\"";
            csv.append("Report ").append(words.get(i)).append(',').append(quoted).append(',').append(quoted)
                    .append('\n');
        }
        Api.asAdmin().multiPart("file", "terms.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("sourceLanguage", "en").multiPart("targetLanguage", LANG)
                .post("/api/glossary/import").then().statusCode(200);
    }

    /** A TMX unit per article sentence, imported as a job from a file whose name is a payload. */
    private void memory() {
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                + "<header creationtool=\"xss\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\""
                + " adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < payloads.size(); i++) {
            tmx.append("<tu><tuv xml:lang=\"en\"><seg>").append(xml("Report " + words.get(i) + " " + payloads.get(i)))
                    .append("</seg></tuv><tuv xml:lang=\"").append(LANG).append("\"><seg>")
                    .append(xml("Bericht " + payloads.get(i))).append("</seg></tuv></tu>\n");
        }
        tmx.append("</body></tmx>\n");
        memoryJob = Api.asAdmin().queryParam("async", true)
                .multiPart("file", TMX_NAME, tmx.toString().getBytes(StandardCharsets.UTF_8), "application/xml")
                .post("/api/memory/import").then().statusCode(202).extract().jsonPath().getLong("id");
        assertEquals("done", Jobs.awaitEnd(Api.ADMIN, memoryJob).getString("state"), "the memory import job");
    }

    /**
     * A clean page whose paragraphs are "Note: payload", approved as "Import: payload" from an XLIFF file whose
     * name is a payload; that file again as a new document; and a page whose own markup is hostile.
     */
    private void htmlArticles() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Harbour</title></head><body>");
        payloads.forEach(p -> page.append("<p>Note: ").append(xml(p)).append("</p>"));
        html = importDocument("html", "Html " + payloads.get(2), page.append("</body></html>").toString());
        Api.addLanguage(html, LANG);
        byte[] file = translateByXliff(html, "(Note: )(.*)", m -> "Import: " + m.group(2), "final", XLIFF_NAME);
        xliff = Api.asAdmin().multiPart("file", XLIFF_NAME, file, "application/xliff+xml")
                .multiPart("sourceLanguage", "en").multiPart("title", "Xliff " + payloads.get(3))
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        hostileHtml = importDocument("html", "Hostile " + payloads.get(4), "<html><body><p>Harbour <b onclick=\""
                + "alert('xss')\" data-xss>news</b> from <a href=\"javascript:alert('xss')\" onmouseover=\"alert(1)\">"
                + "the pier</a> <img src=\"/xss-probe.png\" onerror=\"alert('xss')\" alt=\"pier\"> today.</p>"
                + "<p>Ships <span style=\"background:url(/xss-probe.css)\" hx-get=\"/xss-probe\">waited</span>.</p>"
                + "</body></html>");
        for (long id : List.of(markdown, hostileHtml, xliff)) {
            Api.addLanguage(id, LANG);
        }
    }

    /**
     * Exports the document's XLIFF 2.1, gives every source that matches {@code source} a target and the state, and
     * imports it back as a translation under {@code fileName}; answers the file.
     */
    private static byte[] translateByXliff(long document, String source, Function<Matcher, String> target,
                                           String state, String fileName) {
        String exported = Api.asAdmin().get("/api/documents/{id}/languages/{lang}/export?format=xliff&partial=true",
                document, LANG).then().statusCode(200).extract().asString().replaceAll("<segment[^>]*>",
                "<segment state=\"" + state + "\">");
        Matcher m = Pattern.compile("<source>" + source + "</source>").matcher(exported);
        StringBuilder filled = new StringBuilder();
        int targets = 0;
        for (; m.find(); targets++) {
            m.appendReplacement(filled, Matcher.quoteReplacement(m.group() + "<target>" + target.apply(m)
                    + "</target>"));
        }
        byte[] file = m.appendTail(filled).toString().getBytes(StandardCharsets.UTF_8);
        int applied = Api.asAdmin().multiPart("file", fileName, file, "application/xliff+xml")
                .post("/api/documents/{id}/languages/{lang}/import", document, LANG).then().statusCode(200)
                .extract().jsonPath().getInt("applied");
        assertEquals(targets, applied, "every target of the XLIFF file applied");
        return file;
    }

    private static long importDocument(String format, String title, String content) {
        long id = Api.postDocument(Map.of("title", title, "sourceLanguage", "en", "format", format,
                "content", content)).then().statusCode(201).extract().jsonPath().getLong("id");
        return id;
    }

    /** Text as XML character data or attribute value. */
    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
