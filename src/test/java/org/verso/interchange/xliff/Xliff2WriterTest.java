package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.interchange.BilingualDocs.doc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.BilingualDocs;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.UnitState;
import org.w3c.dom.Element;

class Xliff2WriterTest {

    /** A small article with every paragraph kind, a code block and every unit state. */
    private static BilingualDocs article() {
        return doc("en", "de").title("Harbour strike ends")
                .paragraph(ParagraphKind.HEADING, "# ").approved("Port reopens", "Hafen öffnet wieder")
                .paragraph(ParagraphKind.BODY)
                .unit(new BilingualUnit("s2", "The strike ended.", "Der Streik ist vorbei.", UnitState.TRANSLATED,
                        "translated", true))
                .unit(new BilingualUnit("s3", "Cranes moved.", "Die Kräne liefen.", UnitState.REVIEWED, "fuzzy", true))
                .verbatim("```\nParty  Seats\n```")
                .paragraph(ParagraphKind.OTHER).approved("(Reporting by Coastal Wire.)", "(Bericht: Coastal Wire.)");
    }

    private static byte[] write(BilingualDocs docs) {
        return new Xliff2Writer().write(docs.build());
    }

    private static XliffDom dom(BilingualDocs docs) {
        return XliffDom.parse(write(docs));
    }

    private static BilingualDocs oneUnit(BilingualUnit unit) {
        return doc("en", "fr").paragraph(ParagraphKind.BODY).unit(unit);
    }

    @Test
    void completeExportIsValidXliff21() {
        XliffSchema.assertValid(write(article()));
    }

    /** Whatever a translator does to the codes, the file stays well-formed and valid, in 2.1 and in 1.2. */
    @Test
    void misplacedCodesInATranslationStillGiveAValidFile() {
        for (String target : List.of("</1>Stray end, then <1>a link</1>.", "<2><1>Crossed</2> codes</1>.",
                "<1>Opened only", "Closed only</1> and <3/><3/> twice", "<9>unknown</9> and <1>x</1>")) {
            BilingualDocs docs = oneUnit(new BilingualUnit("s1", "A <1>link</1> and <2>bold</2> and <3/>.", target,
                    UnitState.TRANSLATED, "translated", true));
            XliffSchema.assertValid(write(docs));
            XliffSchema.assertValid12(new Xliff12Writer().write(docs.build()));
        }
    }

    @Test
    void partialExportIsValidXliff21() {
        XliffSchema.assertValid(write(article().paragraph(ParagraphKind.BODY).untranslated("Ships waited.")));
    }

    @Test
    void fileStartsWithAnXmlDeclarationForUtf8() {
        String xml = new String(write(article()), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    }

    @Test
    void rootDeclaresVersionAndBothLanguages() {
        Element root = dom(article()).root();
        assertEquals(List.of(Xliff2Writer.NAMESPACE, "2.1", "en", "de"), List.of(root.getNamespaceURI(),
                root.getAttribute("version"), root.getAttribute("srcLang"), root.getAttribute("trgLang")));
    }

    @Test
    void oneFileNamedAfterTheArticleTitle() {
        Element file = dom(article()).first("file");
        assertEquals(List.of("f1", "Harbour strike ends"), List.of(file.getAttribute("id"), file.getAttribute("original")));
    }

    @Test
    void eachParagraphIsAGroupNamedAfterItsKind() {
        List<String> groups = dom(article()).all("group").stream()
                .map(group -> group.getAttribute("id") + "=" + group.getAttribute("name")).toList();
        assertEquals(List.of("p1=heading", "p2=body", "p3=other", "p4=other"), groups);
    }

    @Test
    void eachUnitKeepsItsIdAndItsStateWithAPrefixedSubState() {
        Element segment = dom(article()).all("segment").get(2);
        Element unit = (Element) segment.getParentNode();
        assertEquals(List.of("s3", "reviewed", "verso:fuzzy"), List.of(unit.getAttribute("id"),
                segment.getAttribute("state"), segment.getAttribute("subState")));
    }

    @Test
    void partialExportCarriesANoteSayingWhatIsMissing() {
        Element note = dom(article().paragraph(ParagraphKind.BODY).untranslated("Ships waited.")).first("note");
        assertEquals(List.of("verso", "Partial translation: 1 of 5 segments are not approved and appear in the"
                + " source language."), List.of(note.getAttribute("category"), note.getTextContent()));
    }

    @Test
    void completeExportHasNoNotes() {
        assertTrue(dom(article()).all("notes").isEmpty());
    }

    @Test
    void untranslatedUnitHasNoTargetAndIsInitial() {
        XliffDom dom = dom(oneUnit(new BilingualUnit("s1", "Ships waited.", null, UnitState.TRANSLATED, "draft", true)));
        Element segment = dom.first("segment");
        assertEquals("initial", segment.getAttribute("state"));
        assertNull(XliffDom.childText(segment, "target"));
    }

    @Test
    void nonTranslatableUnitIsMarkedAndItsTargetIsItsSource() {
        XliffDom dom = dom(doc("en", "fr").verbatim("```\nParty  Seats\n```"));
        Element unit = dom.first("unit");
        assertEquals(List.of("no", "```\nParty  Seats\n```"),
                List.of(unit.getAttribute("translate"), XliffDom.childText(unit, "target")));
    }

    @Test
    void markupCharactersInTextAndTitleAreEscaped() {
        String text = "Tom & Jerry <b>\"quoted\" 'single' ]]> end";
        byte[] xliff = write(oneUnit(new BilingualUnit("s1", text, text, UnitState.FINAL, "approved", true))
                .title("\"Q&A\" <live>"));
        XliffSchema.assertValid(xliff);
        XliffDom dom = XliffDom.parse(xliff);
        assertEquals(List.of(text, text, "\"Q&A\" <live>"), List.of(XliffDom.childText(dom.first("unit"), "source"),
                XliffDom.childText(dom.first("unit"), "target"), dom.first("file").getAttribute("original")));
    }

    @Test
    void persianTargetIsKeptAndDeclaredRightToLeft() {
        String persian = "اعتصاب کارگران بندر پس از نه روز پایان یافت.";
        byte[] xliff = write(doc("en", "fa").paragraph(ParagraphKind.BODY)
                .approved("The Valmera port strike ended after nine days.", persian));
        XliffSchema.assertValid(xliff);
        XliffDom dom = XliffDom.parse(xliff);
        assertEquals(List.of("fa", "rtl", persian), List.of(dom.root().getAttribute("trgLang"),
                dom.first("file").getAttribute("trgDir"), XliffDom.childText(dom.first("unit"), "target")));
    }

    @Test
    void leftToRightTextLeavesDirectionsAtTheirDefault() {
        Element file = dom(article()).first("file");
        assertFalse(file.hasAttribute("srcDir") || file.hasAttribute("trgDir"));
    }

    @Test
    void idsThatAreNotNameTokensOrRepeatAreMadeValidAndUnique() {
        byte[] xliff = write(doc("en", "fr").paragraph(ParagraphKind.BODY)
                .unit(new BilingualUnit("seg 1", "A.", "A.", UnitState.FINAL, "approved", true))
                .unit(new BilingualUnit("seg 1", "B.", "B.", UnitState.FINAL, "approved", true))
                .unit(new BilingualUnit("", "C.", "C.", UnitState.FINAL, "approved", true)));
        XliffSchema.assertValid(xliff);
        List<String> ids = XliffDom.parse(xliff).all("unit").stream().map(unit -> unit.getAttribute("id")).toList();
        assertEquals(List.of("seg_1", "seg_1-2", "u"), ids);
    }

    @Test
    void whitespaceThatMattersIsPreservedAndOrdinaryTextIsNotMarked() {
        XliffDom dom = dom(doc("en", "fr").verbatim("```\nParty  Seats\n```")
                .paragraph(ParagraphKind.BODY).approved("Cranes moved.", "Les grues bougent."));
        List<String> spaces = dom.all("source").stream()
                .map(source -> source.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space")).toList();
        assertEquals(List.of("preserve", ""), spaces);
    }

    @Test
    void controlCharacterXmlCannotCarryIsWrittenAsACodePointElement() {
        byte[] xliff = write(oneUnit(new BilingualUnit("s1", "Bell\u0007 rang.", null, UnitState.INITIAL, "new", true)));
        XliffSchema.assertValid(xliff);
        Element cp = XliffDom.parse(xliff).first("cp");
        assertEquals("0007", cp.getAttribute("hex"));
    }

    @Test
    void subStateIsOmittedWhenThereIsNoStatusName() {
        Element segment = dom(oneUnit(new BilingualUnit("s1", "A.", "A.", UnitState.FINAL, " ", true))).first("segment");
        assertEquals(List.of("final", false), List.of(segment.getAttribute("state"), segment.hasAttribute("subState")));
    }

    @Test
    void translationVersionIsWrittenAsVersoMetadataAndStaysValid() {
        byte[] xliff = write(oneUnit(new BilingualUnit("s1", "A.", "B.", UnitState.TRANSLATED, "translated", true, 7)));
        XliffSchema.assertValid(xliff);
        Element meta = (Element) XliffDom.parse(xliff).first("unit")
                .getElementsByTagNameNS(Xliff2Modules.METADATA, "meta").item(0);
        Element group = (Element) meta.getParentNode();
        assertEquals(List.of("verso", "version", "7"), List.of(group.getAttribute("category"),
                meta.getAttribute("type"), meta.getTextContent()));
    }
}
