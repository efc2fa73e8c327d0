package org.verso.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "Automatic" import format: the extension first, then only what the content's start cannot hide. */
class SourceFormatTest {

    @ParameterizedTest
    @CsvSource({"story.html, HTML", "STORY.HTM, HTML", "page.xhtml, HTML", "notes.md, MARKDOWN",
            "notes.markdown, MARKDOWN", "plain.txt, TEXT", "job.xlf, XLIFF", "job.xliff, XLIFF", "ru.po, PO", "app.pot, PO",
            "en.json, JSON", "Messages.properties, PROPERTIES", "strings.xml, ANDROID"})
    void theExtensionDecides(String fileName, SourceFormat expected) {
        assertEquals(expected, SourceFormat.detect(fileName, "# Not markdown, the extension says".getBytes(
                StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<!DOCTYPE html><html><body><p>Hi</p></body></html>| HTML",
            "\uFEFF  <html lang=\"en\"><body>Hi</body></html>| HTML",
            "<?xml version=\"1.0\"?><xliff version=\"2.1\"></xliff>| XLIFF",
            "# Harbour reopens| MARKDOWN",
            "## Harbour reopens| MARKDOWN",
            "#harbour is trending today| TEXT",
            "Harbour reopens <b>today</b>| TEXT",
            "<p>A fragment is not a page</p>| TEXT",
            "Ships waited at anchor.| TEXT",
            "{\"menu\": {\"open\": \"Open\"}}| JSON",
            "{braces} open this sentence.| TEXT",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><resources><string name=\"a\">A</string></resources>| ANDROID"})
    void withoutAnExtensionOnlyAnUnmistakableStartDecides(String content, SourceFormat expected) {
        assertEquals(expected, SourceFormat.detect(null, content.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, SourceFormat.detect("article.doc", content.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<?xml version=\"1.0\"?><xliff version=\"2.1\"></xliff>| XLIFF",
            "<resources><string name=\"a\">A</string></resources>| ANDROID"})
    void anXmlFileIsAndroidResourcesUnlessItsContentIsXliff(String content, SourceFormat expected) {
        assertEquals(expected, SourceFormat.detect("strings.xml", content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPastedPoCatalogIsRecognisedByItsFirstEntry() {
        for (String po : List.of("# Translators: the newsroom app\nmsgid \"Close\"\nmsgstr \"\"\n",
                "msgctxt \"menu\"\r\nmsgid \"Open\"\r\nmsgstr \"\"\r\n")) {
            assertEquals(SourceFormat.PO, SourceFormat.detect(null, po.getBytes(StandardCharsets.UTF_8)), po);
        }
        assertEquals(SourceFormat.MARKDOWN, SourceFormat.detect(null,
                "# Title\n\nmsgid \"Close\" in a sentence.".getBytes(StandardCharsets.UTF_8)));
    }
}
