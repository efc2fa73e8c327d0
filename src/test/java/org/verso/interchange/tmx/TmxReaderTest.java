package org.verso.interchange.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;

class TmxReaderTest {

    @Test
    void readsTheHeaderAsWritten() {
        TmxHeader header = TmxRead.resource("memory.tmx").header();

        assertEquals(new TmxHeader("1.4", "en", "en", "Verso fixtures", "1", "sentence", "handwritten", "plaintext"),
                header);
    }

    @Test
    void readsUnitsWithTheirVariantsAndMetadata() {
        TmxUnit garden = TmxRead.resource("memory.tmx").units().get(0);

        assertEquals(1, garden.number());
        assertEquals(10, garden.line());
        assertEquals("garden-1", garden.tuid());
        assertEquals("en", garden.sourceLanguage());
        assertEquals(Instant.parse("2024-03-05T10:15:00Z"), garden.creationDate());
        assertEquals("mina", garden.creationId());
        assertEquals(Instant.parse("2024-03-06T08:00:00Z"), garden.changeDate());
        assertEquals(Map.of("x-origin", "human"), garden.properties());
        assertEquals(List.of(
                new TmxVariant("en", "The garden gate squeaks in the rain.", null, null, null),
                new TmxVariant("fa", "در باغ زیر باران جیرجیر می‌کند.", Instant.parse("2024-03-05T10:16:00Z"),
                        "reza", null),
                new TmxVariant("de-AT", "Das Gartentor quietscht im Regen.", null, null, null)), garden.variants());
    }

    @Test
    void inlineCodesAreLeftOutAndHighlightedTextStays() {
        TmxUnit unit = TmxRead.resource("memory.tmx").units().get(1);

        assertEquals("Press Enter to save the draft.", unit.text("en"));
        assertEquals("Appuyez sur Entrée pour enregistrer le brouillon.", unit.text("fr"));
    }

    @Test
    void segmentTextKeepsWhitespaceCdataAndEscapesExactly() {
        TmxUnit unit = TmxRead.resource("memory.tmx").units().get(2);

        assertEquals("fr", unit.sourceLanguage());
        assertEquals("  Deux espaces avant,\nune ligne après.  ", unit.text("fr"));
        assertEquals("  Two spaces <before>,\na line after & \"quotes\".  ", unit.text("EN"));
    }

    @Test
    void legacyLangAttributeAndDeclaredLatin1AreRead() {
        TmxRead read = TmxRead.resource("legacy-lang.tmx");

        assertEquals("1.3", read.header().version());
        assertEquals(List.of(new TmxVariant("EN", "Coffee with milk", null, null, null),
                new TmxVariant("ES", "Café con leche", null, null, null)), read.units().get(0).variants());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        TmxUnit unit = TmxRead.resource("utf16-bom.tmx").units().get(0);

        assertEquals("Good morning, neighbour 👋", unit.text("en-US"));
        assertEquals("صبح بخیر، همسایه 👋", unit.text("fa-IR"));
    }

    @Test
    void badUnitsAreSkippedWithUnitLineAndReasonAndTheRestIsRead() {
        TmxRead read = TmxRead.resource("skips.tmx");

        assertEquals(List.of("The kettle is boiling.", "The last good one."),
                read.units().stream().map(u -> u.text("en")).toList());
        assertEquals(List.of(3, 9), read.units().stream().map(TmxUnit::number).toList());
        assertEquals(List.of(
                "Unit 1 (line 5): it has 1 usable variant; a memory unit needs a source and a translation",
                "Unit 2 (line 6): a <tuv> has no xml:lang attribute",
                "Unit 4 (line 8): the de variant has no text (its <seg> is empty or holds only inline codes)",
                "Unit 5 (line 9): a <tuv> has more than one <seg>",
                "Unit 6 (line 10): the de variant has no text (its <seg> is empty or holds only inline codes)",
                "Unit 7 (line 11): <sub> is not allowed in <seg>",
                "Line 12: <note> is not allowed in <body>",
                "Unit 8 (line 13): the de variant has no <seg>"), read.reasons());
    }

    @Test
    void anUnreadableDateIsLeftOutAndTheUnitKept() {
        String body = "<tu creationdate=\"last tuesday\" changedate=\"2024-01-02T03:04:05Z\">"
                + "<tuv xml:lang=\"en\"><seg>Yes</seg></tuv><tuv xml:lang=\"de\"><seg>Ja</seg></tuv></tu>";

        TmxUnit unit = TmxRead.of(TmxRead.withBody(body)).units().get(0);

        assertNull(unit.creationDate());
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), unit.changeDate());
    }

    @Test
    void unitsReachTheCallerWhileTheFileIsStillBeingRead() {
        String body = TmxRead.unit("en", "A sentence to repeat.", "de", "Ein Satz zum Wiederholen.").repeat(50_000);
        byte[] file = TmxRead.withBody(body);
        CountingStream in = new CountingStream(file);
        long[] readAtFirstUnit = {-1};

        int delivered = TmxReader.open(in).read(unit -> {
            if (readAtFirstUnit[0] < 0) {
                readAtFirstUnit[0] = in.count;
            }
        }, problem -> { });

        assertEquals(50_000, delivered);
        assertTrue(readAtFirstUnit[0] < file.length / 20,
                "read " + readAtFirstUnit[0] + " of " + file.length + " bytes before the first unit");
    }

    @Test
    void theUnitsCanBeReadOnlyOnce() {
        TmxReader reader = TmxReader.open(new ByteArrayInputStream(TmxRead.withBody("")));
        reader.read(u -> { }, p -> { });

        assertThrows(IllegalStateException.class, () -> reader.read(u -> { }, p -> { }));
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheLine() {
        String file = new String(TmxRead.withBody(TmxRead.unit("en", "One", "de", "Eins")), StandardCharsets.UTF_8);
        byte[] truncated = file.substring(0, file.indexOf("</body>")).getBytes(StandardCharsets.UTF_8);

        InterchangeException e = assertThrows(InterchangeException.class, () -> TmxRead.of(truncated));

        assertTrue(e.getMessage().startsWith("The TMX file is not well-formed XML at line 4"), e.getMessage());
    }

    @Test
    void mismatchedTagsAreRefusedNamingTheLine() {
        byte[] file = TmxRead.withBody("<tu><tuv xml:lang=\"en\"><seg>One</tuv></tu>");

        InterchangeException e = assertThrows(InterchangeException.class, () -> TmxRead.of(file));

        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void bytesNotInTheDeclaredEncodingAreRefusedNamingLineAndEncoding() {
        byte[] latin1 = TmxRead.withBody("\n" + TmxRead.unit("en", "Coffee", "es", "Café"));
        String text = new String(latin1, StandardCharsets.UTF_8);

        InterchangeException e = assertThrows(InterchangeException.class,
                () -> TmxRead.of(text.getBytes(StandardCharsets.ISO_8859_1)));

        assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("read as UTF-8"), e.getMessage());
    }

    @Test
    void anUnknownDeclaredEncodingIsRefused() {
        byte[] file = "<?xml version=\"1.0\" encoding=\"klingon\"?><tmx/>".getBytes(StandardCharsets.US_ASCII);

        InterchangeException e = assertThrows(InterchangeException.class, () -> TmxRead.of(file));

        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("klingon"), e.getMessage());
    }

    @Test
    void anotherRootIsRefused() {
        byte[] file = "<?xml version=\"1.0\"?>\n<xliff version=\"2.1\"/>".getBytes(StandardCharsets.UTF_8);

        assertRefused(file, "The file is not TMX: its root element on line 2 is <xliff>, not <tmx>.");
    }

    @Test
    void aRootWithoutVersionIsRefused() {
        byte[] file = ("<tmx>" + TmxRead.HEADER + "<body/></tmx>").getBytes(StandardCharsets.UTF_8);

        assertRefused(file, "The <tmx> element on line 1 has no version attribute; Verso reads TMX 1.1 to 1.4.");
    }

    @Test
    void aMissingHeaderIsRefused() {
        byte[] file = "<tmx version=\"1.4\">\n<body/></tmx>".getBytes(StandardCharsets.UTF_8);

        assertRefused(file, "The TMX file has no <header> (line 2): it must be the first element inside <tmx>.");
    }

    @Test
    void missingHeaderAttributesAreNamed() {
        byte[] file = "<tmx version=\"1.4\">\n<header creationtool=\"t\" segtype=\"sentence\"/><body/></tmx>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(file, "The TMX <header> on line 2 lacks the required attributes creationtoolversion, o-tmf,"
                + " adminlang, srclang, datatype.");
    }

    @Test
    void anUnknownSegmentTypeIsRefused() {
        String text = new String(TmxRead.withBody(""), StandardCharsets.UTF_8).replace("\"sentence\"", "\"word\"");

        assertRefused(text.getBytes(StandardCharsets.UTF_8), "The TMX <header> on line 2 has segtype=\"word\";"
                + " TMX allows block, paragraph, sentence or phrase.");
    }

    @Test
    void aMissingBodyIsRefused() {
        byte[] file = ("<tmx version=\"1.4\">" + TmxRead.HEADER + "\n</tmx>").getBytes(StandardCharsets.UTF_8);

        assertRefused(file, "The TMX file has no <body> after its <header> (line 2).");
    }

    private static void assertRefused(byte[] file, String message) {
        InterchangeException e = assertThrows(InterchangeException.class, () -> TmxRead.of(file));
        assertEquals(message, e.getMessage());
    }

    /** Counts the bytes the parser has pulled so far. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
