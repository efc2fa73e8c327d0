package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.UnitState;

class XliffReaderTest {

    private static final String V2 = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
            + " srcLang=\"en\" trgLang=\"fr\"><file id=\"f1\">";
    private static final String V12 = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">"
            + "<file original=\"a.txt\" source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\"><body>";

    private static BilingualDocument read(String xliff) {
        return new XliffReader().read(xliff.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String xliff) {
        return assertThrows(InterchangeException.class, () -> read(xliff)).getMessage();
    }

    /**
     * Nesting 50,000 levels deep ({@code <group>}, {@code <pc>}, {@code <mrk>}, 1.2's {@code <g>}) overflowed the
     * reader's stack (500 StackOverflowError); it is refused at level 257 with the line. 256 levels still read.
     */
    @Test
    void elementsNestedBeyond256LevelsAreRefusedWithTheLine() {
        List<String> deep = List.of(
                V2 + nested("<group id=\"g%d\">", "</group>", 50_000) + "</file></xliff>",
                V2 + "<unit id=\"u1\"><segment><source>" + nested("<pc id=\"p%d\">", "</pc>", 50_000)
                        + "</source></segment></unit></file></xliff>",
                V2 + "<unit id=\"u1\"><segment><source>" + nested("<mrk id=\"m%d\">", "</mrk>", 50_000)
                        + "</source></segment></unit></file></xliff>",
                V12 + "<trans-unit id=\"t1\"><source>" + nested("<g id=\"g%d\">", "</g>", 50_000)
                        + "</source></trans-unit></body></file></xliff>");
        for (String xliff : deep) {
            String message = refusal(xliff);
            assertTrue(message.contains("more than 256 levels deep (line 1)"), message);
        }
        String shallow = V2 + nested("<group id=\"g%d\">", "</group>", 250) + "</file></xliff>";
        assertEquals(0, units(read(shallow)).size());
    }

    private static String nested(String open, String close, int levels) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            out.append(String.format(open, i));
        }
        return out.append(close.repeat(levels)).toString();
    }

    private static List<BilingualUnit> units(BilingualDocument doc) {
        return doc.paragraphs().stream().flatMap(p -> p.units().stream()).toList();
    }

    private static String summary(BilingualDocument doc) {
        StringBuilder out = new StringBuilder();
        for (BilingualParagraph p : doc.paragraphs()) {
            out.append(p.kind()).append(p.segmentable() ? "" : "(fixed)").append('[');
            for (BilingualUnit u : p.units()) {
                out.append(u.id()).append('=').append(u.source()).append('>').append(u.target()).append('/')
                        .append(u.state()).append('/').append(u.baseVersion()).append(u.translatable() ? "" : "/no")
                        .append(';');
            }
            out.append(']');
        }
        return out.toString();
    }

    @Test
    void whatTheXliff2WriterWritesReadsBackUnitForUnit() {
        BilingualDocument written = Xliff12WriterTest.article().build();
        BilingualDocument read = new XliffReader().read(new Xliff2Writer().write(written));
        assertEquals(List.of("en", "de", "Harbour strike ends"), List.of(read.sourceLanguage(),
                read.targetLanguage(), read.title()));
        assertEquals("HEADING[h1=Port reopens>Hafen öffnet wieder/FINAL/4;]"
                + "BODY[b1=The strike ended.>Der Streik ist vorbei./TRANSLATED/2;b2=Cranes moved.>Die Kräne/INITIAL/1;]"
                + "OTHER(fixed)[s1=```\nParty  Seats\n```>```\nParty  Seats\n```/INITIAL/null/no;]"
                + "OTHER[s2=(Reporting by Coastal Wire.)>null/INITIAL/null;]", summary(read));
    }

    @Test
    void whatTheXliff12WriterWritesReadsBackUnitForUnit() {
        BilingualDocument read = new XliffReader().read(new Xliff12Writer().write(Xliff12WriterTest.article().build()));
        assertEquals(List.of("en", "de", "Harbour strike ends"), List.of(read.sourceLanguage(),
                read.targetLanguage(), read.title()));
        assertEquals("HEADING[h1=Port reopens>Hafen öffnet wieder/FINAL/4;]"
                + "BODY[b1=The strike ended.>Der Streik ist vorbei./TRANSLATED/2;b2=Cranes moved.>Die Kräne/INITIAL/1;]"
                + "OTHER(fixed)[s1=```\nParty  Seats\n```>```\nParty  Seats\n```/FINAL/null/no;]"
                + "OTHER[s2=(Reporting by Coastal Wire.)>null/INITIAL/null;]", summary(read));
    }

    @Test
    void xliff22IsRefusedByName() {
        String message = refusal("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.2\" version=\"2.2\""
                + " srcLang=\"en\"><file id=\"f\"/></xliff>");
        assertTrue(message.startsWith("XLIFF 2.2 is not supported"), message);
    }

    @Test
    void anUnknownVersionInTheXliff2NamespaceIsRefusedByName() {
        String message = refusal("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.9\""
                + " srcLang=\"en\"><file id=\"f\"/></xliff>");
        assertTrue(message.startsWith("XLIFF 2.9 is not supported"), message);
    }

    @Test
    void xliff11IsRefusedByName() {
        String message = refusal("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.1\" version=\"1.1\"/>");
        assertTrue(message.startsWith("XLIFF 1.1 is not supported"), message);
    }

    @Test
    void anotherXmlFileIsNotTakenForXliff() {
        String message = refusal("<html><body/></html>");
        assertTrue(message.startsWith("This is not an XLIFF file: its root element is <html>"), message);
    }

    @Test
    void entityDeclarationsAreRefusedBeforeAnythingIsRead() {
        String message = refusal("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + V2 + "<unit id=\"u\"><segment><source>&x;</source></segment></unit></file></xliff>");
        assertTrue(message.contains("declares entities in its DOCTYPE"), message);
    }

    @Test
    void brokenXmlNamesItsLine() {
        String message = refusal(V2 + "\n<unit id=\"u\"><segment><source>a</target></segment></unit></file></xliff>");
        assertTrue(message.startsWith("The XLIFF file is not well-formed XML at line 2"), message);
    }

    @Test
    void inlineCodesBecomeVersoNotationNumberedInSourceOrderAndKeptWhenReordered() {
        BilingualUnit unit = units(read(V2 + "<unit id=\"u\"><segment><source><pc id=\"b\">Bold</pc> and"
                + " <ph id=\"img\"/> <sc id=\"l\"/>link<ec startRef=\"l\"/></source><target><sc id=\"l\"/>lien"
                + "<ec startRef=\"l\"/> et <ph id=\"img\"/> <pc id=\"b\">gras</pc></target></segment></unit>"
                + "</file></xliff>")).get(0);
        assertEquals("<1>Bold</1> and <2/> <3>link</3>", unit.source());
        assertEquals("<3>lien</3> et <2/> <1>gras</1>", unit.target());
    }

    @Test
    void codePointsAndAnnotationsAreText() {
        BilingualUnit unit = units(read(V2 + "<unit id=\"u\"><segment><source>Bell<cp hex=\"0007\"/>"
                + " <mrk id=\"m\" translate=\"yes\">rang</mrk>.</source></segment></unit></file></xliff>")).get(0);
        assertEquals("Bell\u0007 rang.", unit.source());
    }

    @Test
    void aStartCodeNeverClosedIsRefused() {
        String message = refusal(V2 + "<unit id=\"u\"><segment><source><sc id=\"1\"/>open</source></segment>"
                + "</unit></file></xliff>");
        assertTrue(message.contains("the start code \"1\" is never closed"), message);
    }

    @Test
    void aUnitWithTwoSegmentsGivesTwoUnitsNamedAfterBoth() {
        List<BilingualUnit> units = units(read(V2 + "<unit id=\"u1\"><segment id=\"a\"><source>One.</source>"
                + "</segment><ignorable><source> </source></ignorable><segment><source>Two.</source></segment>"
                + "</unit></file></xliff>"));
        assertEquals(List.of("u1#a=One.", "u1#2=Two."), units.stream().map(u -> u.id() + "=" + u.source()).toList());
    }

    @Test
    void xliff12SegSourceGivesOneUnitPerMarkedSegmentWithItsTarget() {
        List<BilingualUnit> units = units(read(V12 + "<trans-unit id=\"t1\"><source>One. Two.</source><seg-source>"
                + "<mrk mtype=\"seg\" mid=\"1\">One.</mrk> <mrk mtype=\"seg\" mid=\"2\">Two.</mrk></seg-source>"
                + "<target state=\"translated\"><mrk mtype=\"seg\" mid=\"1\">Un.</mrk> <mrk mtype=\"seg\" mid=\"2\">"
                + "Deux.</mrk></target></trans-unit></body></file></xliff>"));
        assertEquals(List.of("t1#1=One.>Un./TRANSLATED", "t1#2=Two.>Deux./TRANSLATED"), units.stream()
                .map(u -> u.id() + "=" + u.source() + ">" + u.target() + "/" + u.state()).toList());
    }

    @Test
    void xliff12InlineCodesBecomeVersoNotation() {
        BilingualUnit unit = units(read(V12 + "<trans-unit id=\"t1\"><source><g id=\"1\">Bold</g> <x id=\"2\"/>"
                + " <bpt id=\"3\">&lt;i&gt;</bpt>it<ept id=\"3\">&lt;/i&gt;</ept></source>"
                + "<target state=\"signed-off\"><g id=\"1\">Gras</g> <x id=\"2\"/> <bpt id=\"3\">&lt;i&gt;</bpt>"
                + "it<ept id=\"3\">&lt;/i&gt;</ept></target></trans-unit></body></file></xliff>")).get(0);
        assertEquals(List.of("<1>Bold</1> <2/> <3>it</3>", "<1>Gras</1> <2/> <3>it</3>", "FINAL"),
                List.of(unit.source(), unit.target(), unit.state().name()));
    }

    @Test
    void xliff12TargetInAnotherLanguageIsRefused() {
        String message = refusal(V12 + "<trans-unit id=\"t1\"><source>a</source><target xml:lang=\"de\">b</target>"
                + "</trans-unit></body></file></xliff>");
        assertTrue(message.contains("<target xml:lang=\"de\"> differs from the file's target-language \"fr\""),
                message);
    }

    @Test
    void xliff12RepeatedTransUnitIdIsRefused() {
        String message = refusal(V12 + "<trans-unit id=\"t1\"><source>a</source></trans-unit>"
                + "<trans-unit id=\"t1\"><source>b</source></trans-unit></body></file></xliff>");
        assertTrue(message.contains("the trans-unit id \"t1\" is used twice"), message);
    }

    @Test
    void xliff12UnknownStateIsRefused() {
        String message = refusal(V12 + "<trans-unit id=\"t1\"><source>a</source><target state=\"done\">b</target>"
                + "</trans-unit></body></file></xliff>");
        assertTrue(message.contains("state=\"done\" is not an XLIFF 1.2 state"), message);
    }

    @Test
    void xliff12EndCodeWithoutStartIsRefused() {
        String message = refusal(V12 + "<trans-unit id=\"t1\"><source>a<ex rid=\"9\" id=\"2\"/></source>"
                + "</trans-unit></body></file></xliff>");
        assertTrue(message.contains("an end code refers to \"9\""), message);
    }

    @Test
    void xliff12FilesWithDifferentLanguagePairsAreRefused() {
        String message = refusal(V12 + "<trans-unit id=\"t1\"><source>a</source></trans-unit></body></file>"
                + "<file original=\"b\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>"
                + "</body></file></xliff>");
        assertTrue(message.contains("Verso reads one language pair per file"), message);
    }

    @Test
    void unitStateOfAnXliff2SegmentWithoutStateIsInitial() {
        BilingualUnit unit = units(read(V2 + "<unit id=\"u\"><segment><source>a</source><target>b</target>"
                + "</segment></unit></file></xliff>")).get(0);
        assertEquals(UnitState.INITIAL, unit.state());
    }
}
