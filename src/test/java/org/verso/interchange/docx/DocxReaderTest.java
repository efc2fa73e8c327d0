package org.verso.interchange.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

class DocxReaderTest {

    private static final long LIMIT = 100L << 20;

    private static SourceDocument read(byte[] bytes) {
        return new DocxReader(LIMIT).read(bytes);
    }

    @Test
    void headingsBodyCellsFootnotesAndImageDescriptionsBecomeParagraphsInReadingOrder() {
        List<SourceParagraph> paragraphs = read(WordFiles.article()).paragraphs();
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
                ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.OTHER, ParagraphKind.BODY),
                paragraphs.stream().map(SourceParagraph::kind).toList());
        assertEquals(WordFiles.HEADLINE, paragraphs.get(0).text());
        assertEquals(WordFiles.CELL, paragraphs.get(2).text());
        assertEquals(WordFiles.ALT, paragraphs.get(6).text());
        assertEquals(WordFiles.FOOTNOTE, paragraphs.get(7).text());
    }

    @Test
    void differentlyFormattedRunsLinksAndFootnoteReferencesBecomeCodesWithTheirKinds() {
        SourceParagraph body = read(WordFiles.article()).paragraphs().get(1);
        assertEquals(WordFiles.PLAIN + "<1>" + WordFiles.BOLD + "</1>, <2>" + WordFiles.ITALIC + "</2>. See <3>"
                + WordFiles.LINK + "</3>.<4/>", body.text());
        assertEquals(List.of("bold", "italic", "link", "footnote reference"),
                body.codes().stream().map(MarkupCode::open).toList());
    }

    @Test
    void trackedChangesAreRefusedWithWhatToDo() {
        InterchangeException refused = assertThrows(InterchangeException.class,
                () -> read(WordFiles.withTrackedInsertion()));
        assertTrue(refused.getMessage().contains("Accept or reject the changes first"), refused.getMessage());
    }

    @Test
    void aZipThatIsNoOfficeFileIsRefused() {
        InterchangeException refused = assertThrows(InterchangeException.class, () -> read(WordFiles.plainZip()));
        assertTrue(refused.getMessage().contains("not a Word document"), refused.getMessage());
    }

    @Test
    void aPackageUnpackingBeyondTheLimitIsRefusedBeforePoiReadsIt() {
        byte[] bomb = WordFiles.zip(java.util.Map.of("[Content_Types].xml", new byte[0],
                "word/document.xml", new byte[4 << 20]));
        InterchangeException refused = assertThrows(InterchangeException.class,
                () -> new DocxReader(1 << 20).read(bomb));
        assertTrue(refused.getMessage().contains("unpacks to more than"), refused.getMessage());
    }

    @Test
    void aDocumentPartWithAnExternalEntityIsRefusedUnread() {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>(WordFiles.entries(WordFiles.article()));
        String xml = new String(entries.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        String hostile = xml.replaceFirst("<w:document", "<!DOCTYPE w:document [<!ENTITY x SYSTEM "
                + "\"file:///etc/hostname\">]><w:document").replace(WordFiles.HEADLINE, "&x;");
        entries.put("word/document.xml", hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(InterchangeException.class, () -> read(WordFiles.zip(entries)));
    }
}
