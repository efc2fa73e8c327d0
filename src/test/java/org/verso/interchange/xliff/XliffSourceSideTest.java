package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

class XliffSourceSideTest {

    private static SourceDocument source(String body) {
        String xliff = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
                + "<file id=\"f\"" + body + "</file></xliff>";
        return XliffSourceSide.of(new XliffReader().read(xliff.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachGroupIsAParagraphThatKeepsTheFilesSegmentation() {
        SourceDocument doc = source(" original=\"Port news\"><group id=\"p1\" name=\"heading\"><unit id=\"a\"><segment>"
                + "<source>Port reopens</source></segment></unit></group><group id=\"p2\"><unit id=\"b\"><segment>"
                + "<source>Ships sailed.</source></segment></unit><unit id=\"c\"><segment><source>Cranes moved."
                + "</source></segment></unit></group>");
        assertEquals("Port news", doc.firstLine());
        assertEquals(List.of(SourceParagraph.segmented(ParagraphKind.HEADING, "Port reopens", List.of("Port reopens")),
                SourceParagraph.segmented(ParagraphKind.BODY, "Ships sailed. Cranes moved.",
                        List.of("Ships sailed.", "Cranes moved."))), doc.paragraphs());
    }

    @Test
    void withoutAnOriginalTheTitleIsTheFirstSegmentAndBlankSegmentsAreLeftOut() {
        SourceDocument doc = source("><unit id=\"a\"><segment><source> </source></segment><segment><source>Gulls"
                + " circled.</source></segment></unit>");
        assertEquals("Gulls circled.", doc.firstLine());
        assertEquals(List.of(List.of("Gulls circled.")), doc.paragraphs().stream().map(SourceParagraph::sentences)
                .toList());
    }

    @Test
    void aFileWithoutSourceTextIsRefused() {
        assertThrows(InterchangeException.class, () -> source("><unit id=\"a\"><segment><source/></segment></unit>"));
    }

    @Test
    void aParagraphOfUnitsNotToTranslateStaysUntranslatable() {
        SourceDocument doc = source("><group id=\"g\" translate=\"no\"><unit id=\"a\"><segment><source>Live</source>"
                + "</segment></unit></group>");
        assertFalse(doc.paragraphs().get(0).segmentable());
    }
}
