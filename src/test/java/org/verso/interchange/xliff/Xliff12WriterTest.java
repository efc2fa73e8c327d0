package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.interchange.BilingualDocs.doc;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.BilingualDocs;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.UnitState;
import org.w3c.dom.Element;

class Xliff12WriterTest {

    /** A small article with every paragraph kind, a code block and every unit state, with translation versions. */
    static BilingualDocs article() {
        return doc("en", "de").title("Harbour strike ends")
                .paragraph(ParagraphKind.HEADING)
                .unit(new BilingualUnit("h1", "Port reopens", "Hafen öffnet wieder", UnitState.FINAL, "approved", true, 4))
                .paragraph(ParagraphKind.BODY)
                .unit(new BilingualUnit("b1", "The strike ended.", "Der Streik ist vorbei.", UnitState.TRANSLATED,
                        "translated", true, 2))
                .unit(new BilingualUnit("b2", "Cranes moved.", "Die Kräne", UnitState.INITIAL, "draft", true, 1))
                .verbatim("```\nParty  Seats\n```")
                .paragraph(ParagraphKind.OTHER).untranslated("(Reporting by Coastal Wire.)");
    }

    private static byte[] write(BilingualDocs docs) {
        return new Xliff12Writer().write(docs.build());
    }

    private static XliffDom dom(BilingualDocs docs) {
        return XliffDom.parse(write(docs), Xliff12Writer.NAMESPACE);
    }

    @Test
    void partialExportWithEveryStateIsValidAgainstTheStrictSchema() {
        XliffSchema.assertValid12(write(article()));
    }

    @Test
    void completeExportIsValidAgainstTheStrictSchema() {
        XliffSchema.assertValid12(write(doc("en", "fr").paragraph(ParagraphKind.BODY).approved("A.", "B.")));
    }

    @Test
    void fileDeclaresBothLanguagesAndTheTitle() {
        Element file = dom(article()).first("file");
        assertEquals(List.of("en", "de", "Harbour strike ends", "plaintext"), List.of(
                file.getAttribute("source-language"), file.getAttribute("target-language"),
                file.getAttribute("original"), file.getAttribute("datatype")));
    }

    @Test
    void eachParagraphIsAGroupWithItsKindAsResname() {
        List<String> groups = dom(article()).all("group").stream()
                .map(group -> group.getAttribute("id") + "=" + group.getAttribute("resname")).toList();
        assertEquals(List.of("p1=heading", "p2=body", "p3=other", "p4=other"), groups);
    }

    @Test
    void statesAreWrittenInXliff12Words() {
        List<String> states = dom(article()).all("trans-unit").stream()
                .map(unit -> unit.getAttribute("id") + ":" + unit.getAttribute("approved") + ":" + targetState(unit))
                .toList();
        assertEquals(List.of("h1:yes:final", "b1::translated", "b2::needs-translation", "s1:yes:final", "s2::-"),
                states);
    }

    @Test
    void theTranslationVersionTravelsInExtradata() {
        List<String> extradata = dom(article()).all("trans-unit").stream().map(u -> u.getAttribute("extradata"))
                .toList();
        assertEquals(List.of("verso:version=4", "verso:version=2", "verso:version=1", "", ""), extradata);
    }

    @Test
    void partialExportSaysSoInTheHeader() {
        Element note = dom(article()).first("note");
        assertEquals("verso", note.getAttribute("from"));
        assertTrue(note.getTextContent().startsWith("Partial translation: 1 of"), note.getTextContent());
    }

    @Test
    void nonTranslatableUnitIsMarkedAndKeepsItsWhitespace() {
        Element unit = dom(article()).all("trans-unit").get(3);
        assertEquals(List.of("no", "preserve", "```\nParty  Seats\n```"), List.of(unit.getAttribute("translate"),
                unit.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"),
                XliffDom.childText(unit, "target")));
    }

    @Test
    void characterXmlCannotCarryBecomesAReplacementCharacterAndStaysValid() {
        byte[] xliff = write(doc("en", "fr").paragraph(ParagraphKind.BODY)
                .unit(new BilingualUnit("s1", "Bell\u0007 rang.", null, UnitState.INITIAL, "new", true)));
        XliffSchema.assertValid12(xliff);
        Element unit = XliffDom.parse(xliff, Xliff12Writer.NAMESPACE).first("trans-unit");
        assertEquals("Bell\uFFFD rang.", XliffDom.childText(unit, "source"));
        assertFalse(unit.hasAttribute("approved"));
    }

    private static String targetState(Element unit) {
        var targets = unit.getElementsByTagNameNS(Xliff12Writer.NAMESPACE, "target");
        return targets.getLength() == 0 ? "-" : ((Element) targets.item(0)).getAttribute("state");
    }
}
