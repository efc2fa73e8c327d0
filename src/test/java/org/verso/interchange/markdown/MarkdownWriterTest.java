package org.verso.interchange.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.interchange.BilingualDocs.doc;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.interchange.BilingualDocs;
import org.verso.interchange.ParagraphKind;

class MarkdownWriterTest {

    private static String write(BilingualDocs docs) {
        return new String(new MarkdownWriter().write(docs.build()), StandardCharsets.UTF_8);
    }

    private static String bodyText(String translation) {
        return write(doc("en", "fr").paragraph(ParagraphKind.BODY).approved("Source.", translation));
    }

    @Test
    void importedMarkupPrefixesTheTranslation() {
        String text = write(doc("en", "fr")
                .paragraph(ParagraphKind.HEADING, "## ").approved("Reactions", "Réactions")
                .paragraph(ParagraphKind.BODY, "> ").approved("Boil water.", "Faites bouillir l'eau."));
        assertEquals("## Réactions\n\n> Faites bouillir l'eau.\n", text);
    }

    @Test
    void headingsFromPlainTextBecomeATitleAndThenSubheadings() {
        String text = write(doc("en", "fr")
                .paragraph(ParagraphKind.HEADING).approved("Port reopens", "Le port rouvre")
                .paragraph(ParagraphKind.BODY).approved("Cranes moved.", "Les grues bougent.")
                .paragraph(ParagraphKind.HEADING).approved("Reactions", "Réactions"));
        assertEquals("# Le port rouvre\n\nLes grues bougent.\n\n## Réactions\n", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "# 1 au classement|\\# 1 au classement",
        "- 5 degrés ce matin.|\\- 5 degrés ce matin.",
        "* Correction|\\* Correction",
        "+ 3 %|\\+ 3 %",
        "> 200 navires|\\> 200 navires",
        "1. Lundi|1\\. Lundi",
        "2016) fin|2016\\) fin",
        "```|\\```",
        "---|\\---",
        "___|\\___"})
    void plainTextThatWouldStartAMarkdownBlockIsEscaped(String translation, String expected) {
        assertEquals(expected + "\n", bodyText(translation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#grève en tendance.", "-5 degrés ce matin.", "2016 fut pire.", "-- dit-il."})
    void plainTextThatStartsNoBlockIsLeftAlone(String translation) {
        assertEquals(translation + "\n", bodyText(translation));
    }

    @Test
    void consecutiveListItemsStayATightList() {
        String text = write(doc("en", "fr")
                .paragraph(ParagraphKind.BODY, "- ").approved("Monday", "Lundi")
                .paragraph(ParagraphKind.BODY, "  1. ").approved("Thursday", "Jeudi")
                .paragraph(ParagraphKind.BODY).approved("After.", "Après."));
        assertEquals("- Lundi\n  1. Jeudi\n\nAprès.\n", text);
    }

    @Test
    void partialExportStartsWithTheNoticeAsAnHtmlComment() {
        String text = write(doc("en", "fr").paragraph(ParagraphKind.BODY, "").untranslated("Cranes moved."));
        assertEquals("<!-- Partial translation: 1 of 1 segments are not approved and appear in the source language. -->\n"
                + "\nCranes moved.\n", text);
    }

    @Test
    void codeBlockIsWrittenVerbatimWithoutEscaping() {
        String text = write(doc("en", "fr").verbatim("```\n# not a heading\n```"));
        assertEquals("```\n# not a heading\n```\n", text);
    }
}
