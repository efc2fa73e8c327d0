package org.verso.interchange.po;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.po.MoReader.Entry;

class MoReaderTest {

    private static final String UTF8_HEADER = "Content-Type: text/plain; charset=UTF-8\n";

    @Test
    void readsLittleEndianCatalogs() {
        byte[] mo = new MoBytes().entry("", UTF8_HEADER).entry("Open a tab", "Öffne einen Tab").build();
        assertEquals(List.of(new Entry("Open a tab", "Öffne einen Tab")), MoReader.read(mo));
    }

    @Test
    void readsBigEndianCatalogsOfRevisionOne() {
        byte[] mo = new MoBytes().bigEndian().revision(0x10001).entry("Close", "Fermer").build();
        assertEquals(List.of(new Entry("Close", "Fermer")), MoReader.read(mo));
    }

    @Test
    void skipsTheHeaderAndUntranslatedEntries() {
        byte[] mo = new MoBytes().entry("", UTF8_HEADER).entry("Quit", "").entry("Undo", "Deshacer").build();
        assertEquals(List.of(new Entry("Undo", "Deshacer")), MoReader.read(mo));
    }

    @Test
    void pluralEntriesGiveTheirSingular() {
        byte[] mo = new MoBytes().entry("%d lamp\u0000%d lamps", "%d lampa\u0000%d lampy\u0000%d lamp").build();
        assertEquals(List.of(new Entry("%d lamp", "%d lampa")), MoReader.read(mo));
    }

    @Test
    void contextIsStripped() {
        byte[] mo = new MoBytes().entry("menu\u0004File", "Arkiv").build();
        assertEquals(List.of(new Entry("File", "Arkiv")), MoReader.read(mo));
    }

    @Test
    void decodesInTheCharsetTheHeaderNames() {
        byte[] mo = new MoBytes().encodedIn(StandardCharsets.ISO_8859_1)
                .entry("", "Content-Type: text/plain; charset=ISO-8859-1\n").entry("Green", "Grün").build();
        assertEquals(List.of(new Entry("Green", "Grün")), MoReader.read(mo));
    }

    @Test
    void rejectsAWrongMagicNumber() {
        byte[] mo = new MoBytes().entry("a", "b").build();
        mo[0] = 0x12;
        assertMessage(mo, "magic number");
    }

    @Test
    void rejectsATruncatedFile() {
        byte[] mo = new MoBytes().entry("Open", "Ouvrir").entry("Save", "Enregistrer").build();
        assertMessage(Arrays.copyOf(mo, mo.length - 8), "truncated");
        assertMessage(Arrays.copyOf(mo, 20), "header");
    }

    @Test
    void rejectsATableOutsideTheFile() {
        byte[] mo = new MoBytes().entry("Open", "Ouvrir").build();
        ByteBuffer.wrap(mo).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 1 << 30);
        assertMessage(mo, "table of translations");
    }

    @Test
    void rejectsAnUnknownRevision() {
        assertMessage(new MoBytes().revision(0x20000).entry("a", "b").build(), "revision 2");
    }

    @Test
    void rejectsBytesThatAreNotInTheCharset() {
        byte[] mo = new MoBytes().encodedIn(StandardCharsets.ISO_8859_1).entry("", UTF8_HEADER)
                .entry("Green", "Grün").build();
        assertMessage(mo, "not valid UTF-8");
    }

    /**
     * Entries that all point at the same 600 KB string declare 60 MB of text in a file of 600 KB: refused when the
     * declared text passes four times the file's size, before it is copied (a 2.2 MB file once declared 20 GB and
     * ran the server out of memory).
     */
    @Test
    void rejectsEntriesThatShareTheirBytesBeyondWhatTheFileCouldHold() {
        int entries = 50;
        int textLength = 600_000;
        int tables = 28;
        int text = tables + 16 * entries;
        ByteBuffer mo = ByteBuffer.allocate(text + textLength + 1).order(ByteOrder.LITTLE_ENDIAN);
        mo.putInt(0x950412de).putInt(0).putInt(entries).putInt(tables).putInt(tables + 8 * entries).putInt(0)
                .putInt(0);
        for (int i = 0; i < 2 * entries; i++) {
            mo.putInt(textLength).putInt(text);
        }
        for (int i = 0; i < textLength; i++) {
            mo.put((byte) 'a');
        }
        assertMessage(mo.array(), "declares more text than it could hold");
    }

    @Test
    void rejectsAnEntryLongerThanAMegabyte() {
        String huge = "b".repeat(MoReader.MAX_STRING_BYTES + 1);
        assertMessage(new MoBytes().entry("Long", huge).build(), "more than the 1048576 one entry may hold");
    }

    private static void assertMessage(byte[] mo, String part) {
        InterchangeException e = assertThrows(InterchangeException.class, () -> MoReader.read(mo));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
