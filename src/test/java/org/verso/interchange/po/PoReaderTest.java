package org.verso.interchange.po;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;

class PoReaderTest {

    @Test
    void theHeaderGivesCharsetAndLanguage() {
        Read read = resource("kitchen.po");

        assertEquals(new PoHeader(StandardCharsets.UTF_8, "fa"), read.header());
    }

    @Test
    void translatedEntriesAreReadWithLineContextAndEscapes() {
        assertEquals(List.of(
                new PoEntry(14, null, "The kettle is boiling.", "کتری دارد می‌جوشد."),
                new PoEntry(18, null, "Line one\nTab\there, \"quoted\", back\\slash", "خط یک\nتب\tاینجا، «نقل‌قول»"),
                new PoEntry(26, "menu", "Open", "باز کردن"),
                new PoEntry(30, "state", "Open", "باز"),
                new PoEntry(33, null, "One cup", "یک فنجان"),
                new PoEntry(48, null, "Octal é and hex A", "هشت‌هشتی é و شانزده‌شانزدهی A")),
                resource("kitchen.po").entries());
    }

    @Test
    void fuzzyUntranslatedAndObsoleteEntriesAreSkippedWithTheirLine() {
        assertEquals(List.of(
                "Line 39: marked fuzzy (#, fuzzy): a translation in doubt is not trusted as memory",
                "Line 42: untranslated (empty msgstr)",
                "Line 45: obsolete entry (#~)"), resource("kitchen.po").reasons());
    }

    @Test
    void theHeaderCharsetDecodesTheFile() {
        Read read = resource("latin1.po");

        assertEquals(new PoHeader(StandardCharsets.ISO_8859_1, "es"), read.header());
        assertEquals(List.of(new PoEntry(6, null, "Coffee with milk", "Café con leche")), read.entries());
    }

    @Test
    void withoutHeaderTheFileIsUtf8AndAByteOrderMarkIsFine() {
        byte[] po = bytes("\uFEFFmsgid \"Tea\"\nmsgstr \"Tee ☕\"\n");

        Read read = read(po);

        assertEquals(new PoHeader(StandardCharsets.UTF_8, null), read.header());
        assertEquals(List.of(new PoEntry(1, null, "Tea", "Tee ☕")), read.entries());
    }

    @Test
    void theTemplateCharsetPlaceholderMeansUtf8() {
        Read read = read(bytes("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=CHARSET\\n\"\n\n"
                + "msgid \"Tea\"\nmsgstr \"Té\"\n"));

        assertEquals(StandardCharsets.UTF_8, read.header().charset());
        assertEquals("Té", read.entries().get(0).target());
    }

    @Test
    void entriesWithoutBlankLinesBetweenThemAreSeparated() {
        Read read = read(bytes("msgid \"a\"\nmsgstr \"A\"\n#, fuzzy\nmsgid \"b\"\nmsgstr \"B\"\nmsgid \"c\"\nmsgstr \"C\""));

        assertEquals(List.of(new PoEntry(1, null, "a", "A"), new PoEntry(6, null, "c", "C")), read.entries());
        assertEquals(List.of("Line 4: marked fuzzy (#, fuzzy): a translation in doubt is not trusted as memory"),
                read.reasons());
    }

    @Test
    void malformedEntriesAreSkippedWithTheLineOfTheFaultAndTheRestIsRead() {
        String po = """
                msgid "unclosed
                msgstr "x"

                msgid "bad escape \\q"
                msgstr "y"

                msgstr "orphan"

                this is not PO
                msgid "after garbage"
                msgstr "z"

                msgid "no translation line"

                msgid "good"
                msgstr "gut"

                msgctxt "lonely"
                """;

        Read read = read(bytes(po));

        assertEquals(List.of(new PoEntry(10, null, "after garbage", "z"), new PoEntry(15, null, "good", "gut")),
                read.entries());
        assertEquals(List.of(
                "Line 1: the string has no closing double quote",
                "Line 4: unknown escape \\q",
                "Line 7: msgstr without msgid",
                "Line 9: not a PO line: this is not PO",
                "Line 13: msgid without msgstr",
                "Line 18: msgctxt without msgid"), read.reasons());
    }

    @Test
    void textAfterTheClosingQuoteIsMalformed() {
        Read read = read(bytes("msgid \"a\" extra\nmsgstr \"A\"\n"));

        assertEquals(List.of("Line 1: unexpected text after the closing double quote"), read.reasons());
    }

    @Test
    void bytesNotInTheHeaderCharsetAreRefusedNamingTheLine() {
        byte[] po = bytes("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Tea\"\n"
                + "msgstr \"T\u00e9\"\n");
        byte[] latin1 = new String(po, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

        InterchangeException e = assertThrows(InterchangeException.class, () -> read(latin1));

        assertTrue(e.getMessage().startsWith("Line 5 of the PO file is not valid UTF-8 text"), e.getMessage());
    }

    @Test
    void anUnknownCharsetIsRefused() {
        byte[] po = bytes("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=klingon\\n\"\n");

        InterchangeException e = assertThrows(InterchangeException.class, () -> read(po));

        assertTrue(e.getMessage().startsWith("The header of the PO file (line 1) names the charset \"klingon\""),
                e.getMessage());
    }

    @Test
    void aCompiledMoFileIsRefused() {
        byte[] mo = {(byte) 0xde, 0x12, 0x04, (byte) 0x95, 0, 0, 0, 0};

        InterchangeException e = assertThrows(InterchangeException.class, () -> read(mo));

        assertEquals("The file is a compiled gettext .mo file, not a PO file.", e.getMessage());
    }

    @Test
    void utf16IsRefused() {
        byte[] po = ("\uFEFFmsgid \"a\"\nmsgstr \"b\"\n").getBytes(StandardCharsets.UTF_16LE);

        InterchangeException e = assertThrows(InterchangeException.class, () -> read(po));

        assertTrue(e.getMessage().startsWith("The PO file is UTF-16 text"), e.getMessage());
    }

    @Test
    void aFileWithoutMsgidIsNotPo() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> read(bytes("source;target\na;b\n")));

        assertEquals("The file is not a PO file: it has no msgid line.", e.getMessage());
    }

    @Test
    void aHeaderOnlyFileHasNoEntries() {
        Read read = read(bytes("msgid \"\"\nmsgstr \"Language: de\\n\"\n"));

        assertEquals(List.of(), read.entries());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void aLaterEmptyMsgidIsNotAHeader() {
        Read read = read(bytes("msgid \"a\"\nmsgstr \"A\"\n\nmsgid \"\"\nmsgstr \"B\"\n"));

        assertEquals(List.of("Line 4: empty msgid (only the first entry, the header, may have one)"), read.reasons());
        assertNull(read.header().language());
    }

    @Test
    void entriesReachTheCallerWhileTheFileIsStillBeingRead() {
        byte[] po = bytes("msgid \"Tea\"\nmsgstr \"Tee\"\n\n".repeat(200_000));
        int[] remainingAtFirstEntry = {-1};
        ByteArrayInputStream in = new ByteArrayInputStream(po);

        int delivered = PoReader.open(in).read(entry -> {
            if (remainingAtFirstEntry[0] < 0) {
                remainingAtFirstEntry[0] = in.available();
            }
        }, problem -> { });

        assertEquals(200_000, delivered);
        assertTrue(remainingAtFirstEntry[0] > po.length * 0.9, remainingAtFirstEntry[0] + " of " + po.length);
    }

    @Test
    void theEntriesCanBeReadOnlyOnce() {
        PoReader reader = PoReader.open(new ByteArrayInputStream(bytes("msgid \"a\"\nmsgstr \"A\"\n")));
        reader.read(e -> { }, p -> { });

        assertThrows(IllegalStateException.class, () -> reader.read(e -> { }, p -> { }));
    }

    /** Everything one read produced. */
    private record Read(PoHeader header, List<PoEntry> entries, List<PoProblem> problems) {
        List<String> reasons() {
            return problems.stream().map(PoProblem::message).toList();
        }
    }

    private static Read read(byte[] po) {
        return read(new ByteArrayInputStream(po));
    }

    private static Read read(InputStream in) {
        List<PoEntry> entries = new ArrayList<>();
        List<PoProblem> problems = new ArrayList<>();
        PoReader reader = PoReader.open(in);
        reader.read(entries::add, problems::add);
        return new Read(reader.header(), entries, problems);
    }

    private static Read resource(String name) {
        try (InputStream in = PoReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
