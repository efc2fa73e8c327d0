package org.verso.interchange.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.UnitState;

class DocxWriterTest {

    private static final byte[] ARTICLE = WordFiles.article();
    private static final SourceDocument SOURCE = new DocxReader(100L << 20).read(ARTICLE);

    /** Every paragraph translated by {@code translate}, which sees the text with its codes. */
    static BilingualDocument translated(SourceDocument source, String language, UnaryOperator<String> translate) {
        List<BilingualParagraph> paragraphs = source.paragraphs().stream().map(p -> paragraph(p, translate)).toList();
        return new BilingualDocument("1", "Harbour", "en", language, paragraphs, 0);
    }

    private static BilingualParagraph paragraph(SourceParagraph p, UnaryOperator<String> translate) {
        BilingualUnit unit = new BilingualUnit("u", p.text(), translate.apply(p.text()), UnitState.FINAL,
                "approved", true);
        return new BilingualParagraph(p.kind(), p.markup(), true, List.of(unit), p.codes());
    }

    private static byte[] write(String language, UnaryOperator<String> translate) {
        return new DocxWriter().write(translated(SOURCE, language, translate), SOURCE.skeleton());
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + paragraph.getText()));
    }

    @Test
    void theTranslationKeepsParagraphsStylesRunFormattingLinksAndTables() throws Exception {
        try (XWPFDocument original = WordFiles.open(ARTICLE);
             XWPFDocument export = WordFiles.open(write("ru", WordFiles::shout))) {
            assertEquals(original.getParagraphs().size(), export.getParagraphs().size());
            XWPFParagraph heading = export.getParagraphs().get(0);
            assertEquals("Heading1", heading.getStyle());
            assertEquals(WordFiles.HEADLINE.toUpperCase(Locale.ROOT), heading.getText());
            XWPFParagraph body = export.getParagraphs().get(1);
            assertTrue(run(body, WordFiles.BOLD.toUpperCase(Locale.ROOT)).isBold());
            assertFalse(run(body, WordFiles.BOLD.toUpperCase(Locale.ROOT)).isItalic());
            assertTrue(run(body, WordFiles.ITALIC.toUpperCase(Locale.ROOT)).isItalic());
            assertFalse(run(body, WordFiles.PLAIN.toUpperCase(Locale.ROOT)).isBold());
            XWPFHyperlinkRun link = (XWPFHyperlinkRun) run(body, WordFiles.LINK.toUpperCase(Locale.ROOT));
            assertEquals("https://example.org/timetable", link.getHyperlink(export).getURL());
            assertEquals(1, body.getCTP().xmlText().split("footnoteReference", -1).length - 1);
            XWPFTable table = export.getTables().get(0);
            assertEquals(2, table.getNumberOfRows());
            assertEquals(WordFiles.CELL.toUpperCase(Locale.ROOT), table.getRow(0).getCell(0).getText());
            assertEquals("EVENING", table.getRow(1).getCell(1).getText());
            assertEquals(WordFiles.FOOTNOTE.toUpperCase(Locale.ROOT),
                    export.getFootnotes().get(0).getParagraphs().get(0).getText());
            String document = documentXml("ru");
            assertTrue(document.contains("descr=\"" + WordFiles.ALT.toUpperCase(Locale.ROOT) + "\""), document);
            assertTrue(document.contains("w:lang w:val=\"ru\""), document);
        }
    }

    @Test
    void everyPartButTheTranslatedOnesIsKeptByteForByte() {
        Map<String, byte[]> before = WordFiles.entries(ARTICLE);
        Map<String, byte[]> after = WordFiles.entries(write("ru", WordFiles::shout));
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()));
        for (String name : before.keySet()) {
            if (!name.equals("word/document.xml") && !name.equals("word/footnotes.xml")) {
                assertArrayEquals(before.get(name), after.get(name), name);
            }
        }
    }

    private static String documentXml(String language) {
        return new String(WordFiles.entries(write(language, WordFiles::shout)).get("word/document.xml"),
                StandardCharsets.UTF_8);
    }

    @Test
    void aRightToLeftTargetMarksParagraphsAndRuns() {
        String document = documentXml("fa");
        assertTrue(document.contains("<w:bidi/>"), document);
        assertTrue(document.contains("<w:rtl/>"), document);
        assertTrue(document.contains("w:bidi=\"fa\""), document);
    }

    @Test
    void aLeftToRightTargetGetsNoRightToLeftMarks() {
        String document = documentXml("de");
        assertFalse(document.contains("<w:bidi/>"), document);
        assertFalse(document.contains("<w:rtl/>"), document);
    }

    @Test
    void theSourceAsTranslationGivesTheSameTextsBack() throws Exception {
        try (XWPFDocument original = WordFiles.open(ARTICLE);
             XWPFDocument export = WordFiles.open(write("en", UnaryOperator.identity()))) {
            assertEquals(original.getParagraphs().stream().map(XWPFParagraph::getText).toList(),
                    export.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }
}
