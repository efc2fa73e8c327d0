package org.verso.interchange.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.interchange.BilingualDocs.doc;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.verso.interchange.BilingualDocs;
import org.verso.interchange.ParagraphKind;

class TextWriterTest {

    private static String write(BilingualDocs docs) {
        return new String(new TextWriter().write(docs.build()), StandardCharsets.UTF_8);
    }

    @Test
    void paragraphsAreLinesSeparatedByOneBlankLineEndingWithANewline() {
        String text = write(doc("en", "de")
                .paragraph(ParagraphKind.HEADING).approved("Port reopens", "Hafen öffnet wieder")
                .paragraph(ParagraphKind.BODY).approved("Cranes moved.", "Die Kräne liefen."));
        assertEquals("Hafen öffnet wieder\n\nDie Kräne liefen.\n", text);
    }

    @Test
    void sentencesOfAParagraphAreJoinedWithASpace() {
        String text = write(doc("en", "fr").paragraph(ParagraphKind.BODY)
                .approved("The strike ended.", "La grève est finie.").approved("Cranes moved.", "Les grues bougent."));
        assertEquals("La grève est finie. Les grues bougent.\n", text);
    }

    @Test
    void chineseSentencesAreJoinedWithoutASpace() {
        String text = write(doc("en", "zh-Hans").paragraph(ParagraphKind.BODY)
                .approved("The strike ended.", "罢工结束了。").approved("Cranes moved.", "起重机恢复作业。"));
        assertEquals("罢工结束了。起重机恢复作业。\n", text);
    }

    @Test
    void untranslatedSegmentAppearsInTheSourceLanguage() {
        String text = write(doc("en", "fr").paragraph(ParagraphKind.BODY)
                .approved("The strike ended.", "La grève est finie.").untranslated("Cranes moved."));
        assertEquals("[Partial translation: 1 of 2 segments are not approved and appear in the source language.]\n"
                + "\nLa grève est finie. Cranes moved.\n", text);
    }

    @Test
    void partialExportStartsWithTheNoticeAndABlankLine() {
        String text = write(doc("en", "fr").paragraph(ParagraphKind.HEADING).untranslated("Port reopens"));
        assertEquals("[Partial translation: 1 of 1 segments are not approved and appear in the source language.]\n"
                + "\nPort reopens\n", text);
    }

    @Test
    void nonSegmentableParagraphIsWrittenVerbatim() {
        String text = write(doc("en", "fr").verbatim("Party   Seats\nGreens  14"));
        assertEquals("Party   Seats\nGreens  14\n", text);
    }

    @Test
    void lineBreaksTypedIntoATranslationDoNotSplitTheParagraph() {
        String text = write(doc("en", "fr").paragraph(ParagraphKind.BODY)
                .approved("The strike ended.", "La grève\n\nest finie."));
        assertEquals("La grève est finie.\n", text);
    }
}
