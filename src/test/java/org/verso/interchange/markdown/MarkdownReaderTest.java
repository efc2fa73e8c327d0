package org.verso.interchange.markdown;

import org.verso.interchange.MarkupCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

class MarkdownReaderTest {

    private static SourceDocument read(String markdown) {
        return new MarkdownReader().read(markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SourceParagraph> paragraphs(String markdown) {
        return read(markdown).paragraphs();
    }

    private static SourceParagraph heading(String markup, String text) {
        return new SourceParagraph(ParagraphKind.HEADING, markup, text, true);
    }

    private static SourceParagraph body(String markup, String text) {
        return new SourceParagraph(ParagraphKind.BODY, markup, text, true);
    }

    private static SourceParagraph verbatim(String text) {
        return new SourceParagraph(ParagraphKind.OTHER, "", text, false);
    }

    @Test
    void atxHeadingKeepsItsLevelAsMarkup() {
        assertEquals(List.of(heading("### ", "Reactions")), paragraphs("### Reactions\n"));
    }

    @Test
    void closingHashesOfAnAtxHeadingAreNotText() {
        assertEquals(List.of(heading("## ", "Issue #5 explained")), paragraphs("## Issue #5 explained ##\n"));
    }

    @Test
    void atxHeadingNeedsNoBlankLinesAround() {
        assertEquals(List.of(heading("# ", "Flood"), body("", "The river fell."), heading("## ", "Next"),
                body("", "Cleanup starts.")), paragraphs("# Flood\nThe river fell.\n## Next\nCleanup starts.\n"));
    }

    @Test
    void hashWithoutASpaceIsText() {
        assertEquals(List.of(body("", "#floods trended all day.")), paragraphs("#floods trended all day.\n"));
    }

    @Test
    void setextHeadingsGetAtxMarkupOfTheirLevel() {
        assertEquals(List.of(heading("# ", "Flood Warning Lifted"), heading("## ", "What comes next")),
                paragraphs("Flood Warning Lifted\n===\n\nWhat comes next\n---\n"));
    }

    @Test
    void eachListItemIsItsOwnParagraphItsMarkerInTheSkeleton() {
        assertEquals(List.of(body("", "Two candidates conceded."), body("", "Turnout hit 78 percent.")),
                paragraphs("- Two candidates conceded.\n- Turnout hit 78 percent.\n"));
    }

    @Test
    void listMarkersIndentationAndOrderedMarkersStayInTheSkeleton() {
        List<String> texts = paragraphs("1. Monday\n2) Thursday\n   - recount\n+ Friday\n").stream()
                .map(SourceParagraph::text).toList();
        assertEquals(List.of("Monday", "Thursday", "recount", "Friday"), texts);
    }

    @Test
    void indentedLineAfterAListItemContinuesIt() {
        assertEquals(List.of(body("", "Sandbags will be collected on Friday.")),
                paragraphs("* Sandbags will be collected\n  on Friday.\n"));
    }

    @Test
    void numberedLineInsideRunningTextDoesNotStartAList() {
        assertEquals(List.of(body("", "The last flood came in 2016. It was worse.")),
                paragraphs("The last flood came in\n2016. It was worse.\n"));
    }

    @Test
    void blockquoteLinesJoinIntoOneQuoteParagraph() {
        assertEquals(List.of(body("", "Residents should boil tap water.")),
                paragraphs("> Residents should\n> boil tap water.\n"));
    }

    @Test
    void bareQuoteMarkerSeparatesQuoteParagraphs() {
        assertEquals(List.of(body("", "Boil water."), body("", "Until Wednesday.")),
                paragraphs("> Boil water.\n>\n> Until Wednesday.\n"));
    }

    @Test
    void fencedCodeBlockIsKeptVerbatimWithItsFences() {
        String code = "```text\nParty   Seats\n\n# Greens 14\n```";
        assertEquals(List.of(verbatim(code), body("", "After.")), paragraphs(code + "\nAfter.\n"));
    }

    @Test
    void tildeFenceIsNotClosedByBackticks() {
        String code = "~~~~\n```\nstill code\n~~~~";
        assertEquals(List.of(verbatim(code)), paragraphs(code + "\n"));
    }

    @Test
    void unclosedFenceRunsToTheEnd() {
        assertEquals(List.of(verbatim("```\nlevel: 3.2 m\n\nmore")), paragraphs("```\nlevel: 3.2 m\n\nmore\n"));
    }

    @Test
    void aThematicBreakOfFortyThousandMarksIsReadWithoutOverflowingTheStack() {
        String dashes = "- ".repeat(40_000).strip();

        assertEquals(List.of(verbatim(dashes)), paragraphs(dashes + "\n"));
    }

    @Test
    void onlyThreeOrMoreOfOneMarkWithBlanksMakeABreak() {
        assertEquals(List.of(false, false, false, false, true, true, true), // four spaces: indented code
                java.util.stream.Stream.of("***", "   - - -  ", "_\t_\t_", "    ---", "--", "-*-", "--- x")
                        .map(line -> paragraphs("Text.\n\n" + line + "\n").get(1).segmentable()).toList(),
                "only thematic breaks and code are kept verbatim");
    }

    @Test
    void thematicBreaksAreVerbatimAndNotSegmentable() {
        assertEquals(List.of(body("", "One."), verbatim("---"), verbatim("* * *")),
                paragraphs("One.\n\n---\n* * *\n"));
    }

    @Test
    void inlineMarkupBecomesCodes() {
        String text = "Results are on [the website](https://example.org/results) by *Tuesday*.";
        assertEquals(List.of(SourceParagraph.withCodes(ParagraphKind.BODY, "", "Results are on <1>the website</1> by "
                + "<2>Tuesday</2>.", List.of(new MarkupCode("[", "](https://example.org/results)"),
                new MarkupCode("*", "*")))), paragraphs(text + "\n"));
    }

    @Test
    void firstLineIsTheFirstParagraphsFirstLineWithoutMarkup() {
        assertEquals("Turnout Hits Record", read("\n# Turnout Hits Record\n\nBody.\n").firstLine());
    }

    @Test
    void firstLineOfAWrappedParagraphIsItsFirstSourceLine() {
        assertEquals("Voters turned out", read("Voters turned out\nin record numbers.\n").firstLine());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreNormalized() {
        byte[] bytes = "\uFEFF# Flood\r\nThe river fell.\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(heading("# ", "Flood"), body("", "The river fell.")),
                new MarkdownReader().read(bytes).paragraphs());
    }

    @Test
    void invalidUtf8IsRejectedLikePlainText() {
        byte[] latin1 = "# Café".getBytes(StandardCharsets.ISO_8859_1);
        InterchangeException e = assertThrows(InterchangeException.class, () -> new MarkdownReader().read(latin1));
        assertEquals("The file is not valid UTF-8 text (first bad byte at offset 5).", e.getMessage());
    }

    @Test
    void blankFileIsRejectedAsEmpty() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> read("\n\n  \n"));
        assertEquals("The article is empty.", e.getMessage());
    }

    @Test
    void tableCellsAreParagraphsAndTheTableLayoutStaysInTheSkeleton() {
        assertEquals(List.of("Day", "Tide", "Monday", "<1>High</1>"), paragraphs("| Day | Tide |\n|---|:-:|\n"
                + "| Monday  | **High** |\n").stream().map(SourceParagraph::text).toList());
    }

    @Test
    void linkReferenceTitlesAreTranslatedAndTheirUrlsKept() {
        assertEquals(List.of("See <1>the office</1>.", "Harbour office"),
                paragraphs("See [the office][o].\n\n[o]: https://example.org \"Harbour office\"\n").stream()
                        .map(SourceParagraph::text).toList());
    }

    @Test
    void onlyTheConfiguredFrontMatterKeysAreTranslated() {
        String file = "---\ntitle: \"Ferry news\"\nsummary: Winter sailings\nlayout: post\n---\nBody.\n";
        assertEquals(List.of("Ferry news", "Body."), paragraphs(file).stream().map(SourceParagraph::text).toList());
        assertEquals(List.of("Winter sailings", "Body."), new MarkdownReader(java.util.Set.of("summary"))
                .read(file.getBytes(StandardCharsets.UTF_8)).paragraphs().stream().map(SourceParagraph::text)
                .toList());
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsRead() throws java.io.IOException {
        byte[] bytes;
        try (java.io.InputStream in = getClass().getResourceAsStream("/interchange/encodings/bom-utf-16be.md")) {
            bytes = in.readAllBytes();
        }
        assertEquals(List.of("Café reopens", "The harbour <1>café</1> reopened on Monday."),
                new MarkdownReader().read(bytes).paragraphs().stream().map(SourceParagraph::text).toList());
    }
}
