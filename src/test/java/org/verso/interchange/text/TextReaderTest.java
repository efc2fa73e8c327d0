package org.verso.interchange.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.interchange.Fixtures;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

class TextReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static SourceDocument read(String text) {
        return new TextReader().read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(SourceDocument doc) {
        return doc.paragraphs().stream().map(SourceParagraph::readable).toList();
    }

    private static ParagraphKind kindOf(String paragraph) {
        return read(paragraph).paragraphs().get(0).kind();
    }

    private static String rejection(byte[] bytes) {
        return assertThrows(InterchangeException.class, () -> new TextReader().read(bytes)).getMessage();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        SourceDocument doc = new TextReader().read(concat(BOM, "Port reopens".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Port reopens"), texts(doc));
    }

    @Test
    void windowsAndOldMacLineEndsSeparateParagraphsLikeLineFeeds() {
        SourceDocument doc = read("First one.\r\n\r\nSecond one.\r\rThird one.\r\n");
        assertEquals(List.of("First one.", "Second one.", "Third one."), texts(doc));
    }

    @Test
    void paragraphsKeepTheirExactLinesAndTheBlankLinesBeforeThem() {
        SourceDocument doc = read("\n  Title\n\n\nThe strike ended   \n   on Sunday.\n \nEnd.\n\n");
        assertEquals(List.of("  Title", "The strike ended   \n   on Sunday.", "End."),
                doc.paragraphs().stream().map(SourceParagraph::text).toList());
        assertEquals(List.of("\n", "\n\n\n", "\n \n"), doc.paragraphs().stream().map(SourceParagraph::lead).toList());
        assertEquals(List.of("", "", "\n\n"), doc.paragraphs().stream().map(SourceParagraph::trail).toList());
    }

    @Test
    void singleLineBreakIsASoftWrapJoinedWithOneSpace() {
        SourceDocument doc = read("The strike ended   \n   on Sunday after\nnine days.\n");
        assertEquals(List.of("The strike ended on Sunday after nine days."), texts(doc));
    }

    @Test
    void severalBlankOrWhitespaceLinesSeparateOnlyOnce() {
        SourceDocument doc = read("\n\nFirst one.\n \t \n\n\nSecond one.\n\n");
        assertEquals(List.of("First one.", "Second one."), texts(doc));
    }

    @Test
    void everyWordOfTheArticleEndsUpInAParagraph() {
        String article = Fixtures.read(Fixtures.inputs("text").get(0));
        List<String> words = List.of(article.strip().split("\\s+"));
        String joined = String.join(" ", texts(read(article)));
        assertEquals(words, List.of(joined.split("\\s+")));
    }

    @Test
    void shortLineWithoutFinalPunctuationIsAHeading() {
        assertEquals(ParagraphKind.HEADING, kindOf("Dock Workers End Nine-Day Strike at Port of Valmera"));
    }

    @Test
    void webCruftLineIsReadAsAHeadingAndKept() {
        assertEquals(ParagraphKind.HEADING, kindOf("Share this article"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The port reopened.",
        "Will the port reopen?",
        "\"Nobody wanted this,\" she said.",
        "“We will not go back without a contract.”",
        "(He declined to comment.) The port reopened.",
        "罢工结束了。",
        "Wait for it…"})
    void lineEndingASentenceIsBody(String line) {
        assertEquals(ParagraphKind.BODY, kindOf(line));
    }

    @Test
    void longLineWithoutFinalPunctuationIsBody() {
        assertEquals(ParagraphKind.BODY,
                kindOf("Negotiators for the port authority and the dockers union reached a provisional deal late on Sunday"));
    }

    @Test
    void softWrappedParagraphIsNeverAHeading() {
        assertEquals(ParagraphKind.BODY, kindOf("Port reopens\nafter strike"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(Additional reporting by Coastal Wire's economics desk.)",
        "[Editor's note: An earlier version misstated the vote count.]",
        "(Reporting by Lena Okafor (Karsvik); editing by Tom Berg)"})
    void paragraphWrappedInBracketsIsOther(String line) {
        assertEquals(ParagraphKind.OTHER, kindOf(line));
    }

    @Test
    void bracketThatClosesBeforeTheEndDoesNotMakeOther() {
        assertEquals(ParagraphKind.BODY, kindOf("(AP) The port reopened on Monday (local time)."));
    }

    @Test
    void firstLineIsTheFirstNonBlankLineTrimmed() {
        assertEquals("Dock Workers End Strike", read("\n  \n   Dock Workers End Strike  \nat Valmera\n").firstLine());
    }

    @Test
    void nulBytesAreRejectedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertTrue(rejection(png).contains("binary data"), rejection(png));
    }

    @Test
    void textFullOfControlCharactersIsRejectedAsBinary() {
        String message = rejection("ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh".getBytes(StandardCharsets.UTF_8));
        assertEquals("The file looks like binary data (6 of 14 characters are control characters), not text."
                + " Upload a text or Markdown file.", message);
    }

    @Test
    void aStrayControlCharacterInLongTextIsKept() {
        String text = "The port reopened.\u0007 " + "Cranes moved again. ".repeat(10);
        assertTrue(read(text).paragraphs().get(0).text().contains("\u0007"));
    }

    @Test
    void invalidUtf8IsRejectedWithTheOffsetOfTheFirstBadByte() {
        byte[] latin1 = "Café crème".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("The file is not valid UTF-8 text (first bad byte at offset 3).", rejection(latin1));
    }

    @Test
    void offsetOfABadByteCountsTheByteOrderMark() {
        byte[] bytes = concat(BOM, "ok".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        assertEquals("The file is not valid UTF-8 text (first bad byte at offset 5).", rejection(bytes));
    }

    @Test
    void sequenceCutOffAtTheEndIsInvalidUtf8() {
        byte[] bytes = {'E', 'u', 'r', 'o', ' ', (byte) 0xE2, (byte) 0x82};
        assertEquals("The file is not valid UTF-8 text (first bad byte at offset 5).", rejection(bytes));
    }

    @Test
    void utf16FileWithAByteOrderMarkIsRead() {
        byte[] bytes = fixture("/interchange/encodings/bom-utf-16le.txt");
        assertEquals(List.of("Café reopens", "The harbour café reopened on Monday. Its Portside™ bread is back."),
                new TextReader().read(bytes).paragraphs().stream().map(p -> p.text()).toList());
    }

    @Test
    void utf16WithoutItsByteOrderMarkIsNotTakenForUtf8() {
        byte[] bytes = "Port".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(rejection(bytes).contains("binary data"), rejection(bytes));
    }

    private static byte[] fixture(String path) {
        try (java.io.InputStream in = TextReaderTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\r\n  ", "\uFEFF", "\uFEFF\r\n"})
    void emptyOrBlankFileIsRejected(String text) {
        assertEquals("The article is empty.", rejection(text.getBytes(StandardCharsets.UTF_8)));
    }
}
