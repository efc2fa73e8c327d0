package org.verso.interchange.tbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The TBX-Basic schemas carry no license and are not in src/test/resources/schemas (see its SOURCE.md), so the
 * structure the TBX v3 core and TBX-Basic DCA require is checked here element by element instead.
 */
class TbxWriterTest {

    private static final String NS = "urn:iso:std:iso:30042:ed-2";

    /** Entries that break careless XML writers, with every field set somewhere. */
    private static final List<GlossaryEntry> NEWS = List.of(
            new GlossaryEntry(0, "en", "ru", "troops", "войска", "noun", "Plural in both languages.",
                    GlossaryEntry.PREFERRED, false),
            new GlossaryEntry(0, "en", "fa", "prime minister", "نخست‌وزیر", null, null, GlossaryEntry.ADMITTED, false),
            new GlossaryEntry(0, "en", "tg", "ceasefire", "оташбас", "noun", "Old word.\nUse «оташбас» instead",
                    GlossaryEntry.FORBIDDEN, false),
            new GlossaryEntry(0, "en", "ru", "R&D <unit>", "НИОКР \"отдел\"", "properNoun", "a < b && c > d",
                    null, false));

    @Test
    void readingTheOutputGivesTheSameEntries() {
        byte[] tbx = write(NEWS);
        List<GlossaryEntry> read = new ArrayList<>();
        for (String target : List.of("ru", "fa", "tg")) {
            TbxRead back = TbxRead.of(tbx, "en", target);
            assertEquals(NEWS.size(), back.problems().size() + back.entries().size());
            read.addAll(back.entries());
        }

        assertEquals(NEWS.stream().sorted(TbxWriterTest::byTargetLanguage).toList(),
                read.stream().map(GlossaryEntry::withoutLine).toList());
    }

    @Test
    void caseSensitivityHasNoTbxBasicCategoryAndIsLost() {
        GlossaryEntry us = new GlossaryEntry(0, "en", "ru", "US", "США", null, null, null, true);

        assertEquals(List.of(new GlossaryEntry(6, "en", "ru", "US", "США", null, null, null, false)),
                TbxRead.of(write(List.of(us)), "en", "ru").entries());
    }

    @Test
    void theRootIsTbxBasicInTheDcaStyleAndTheTbxNamespace() throws Exception {
        Element root = parse(write(NEWS)).getDocumentElement();

        assertEquals(NS, root.getNamespaceURI());
        assertEquals("tbx", root.getLocalName());
        assertEquals("TBX-Basic", root.getAttribute("type"));
        assertEquals("dca", root.getAttribute("style"));
        assertEquals("en", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals(List.of("tbxHeader", "text"), childNames(root));
        assertEquals(List.of("fileDesc"), childNames(child(root, "tbxHeader")));
    }

    @Test
    void everyConceptHasAUniqueIdNotesFirstThenLanguageSectionsOfTermSections() throws Exception {
        Element body = child(child(parse(write(NEWS)).getDocumentElement(), "text"), "body");

        List<String> ids = new ArrayList<>();
        for (Element concept : children(body)) {
            assertEquals("conceptEntry", concept.getLocalName());
            ids.add(concept.getAttribute("id"));
            List<String> names = childNames(concept);
            assertTrue(names.equals(List.of("note", "langSec", "langSec")) || names.equals(List.of("langSec", "langSec")),
                    names.toString());
            for (Element language : children(concept)) {
                if (language.getLocalName().equals("langSec")) {
                    assertEquals(List.of("termSec"), childNames(language));
                    assertEquals("term", childNames(child(language, "termSec")).get(0));
                }
            }
        }
        assertEquals(List.of("c1", "c2", "c3", "c4"), ids);
    }

    @Test
    void statusesAreWrittenAsTbxBasicAdministrativeStatusValues() {
        String tbx = new String(write(NEWS), java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(tbx.contains("<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>"), tbx);
        assertTrue(tbx.contains("<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"), tbx);
        assertTrue(tbx.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"), tbx);
    }

    @Test
    void anEmptyGlossaryIsStillWellFormed() throws Exception {
        Element root = parse(write(List.of())).getDocumentElement();

        assertEquals(List.of(), childNames(child(child(root, "text"), "body")));
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        GlossaryEntry bell = new GlossaryEntry(0, "en", "ru", "bell\u0007", "колокол\u001B", null, null, null, false);

        assertEquals("bell = колокол", TbxRead.of(write(List.of(bell)), "en", "ru").pairs().get(0));
    }

    @Test
    void nothingCanBeWrittenAfterClosing() {
        TbxWriter writer = new TbxWriter(new ByteArrayOutputStream());
        writer.close();

        assertThrows(IllegalStateException.class, () -> writer.writeEntry(NEWS.get(0)));
    }

    private static int byTargetLanguage(GlossaryEntry a, GlossaryEntry b) {
        return List.of("ru", "fa", "tg").indexOf(a.targetLanguage()) - List.of("ru", "fa", "tg").indexOf(b.targetLanguage());
    }

    private static byte[] write(List<GlossaryEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TbxWriter writer = new TbxWriter(out)) {
            entries.forEach(writer::writeEntry);
        }
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertEquals(NS, e.getNamespaceURI(), e.getLocalName());
                children.add(e);
            }
        }
        return children;
    }

    private static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getLocalName).toList();
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(name)).findFirst().orElseThrow();
    }
}
