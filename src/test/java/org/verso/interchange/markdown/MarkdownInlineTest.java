package org.verso.interchange.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.SourceParagraph;

/** Inline syntax as commonmark-java reads it, turned into inline codes that hold the exact markup. */
class MarkdownInlineTest {

    private static SourceParagraph parse(String markdown) {
        return new MarkdownReader().read(markdown.getBytes(StandardCharsets.UTF_8)).paragraphs().get(0);
    }


    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The mayor **opened** the line.                 | The mayor <1>opened</1> the line.
            Read [the report](https://example.org/r "R").  | Read <1>the report</1>.
            Run `tram --help` first.                       | Run <1/> first.
            A ``code with ` tick`` here.                   | A <1/> here.
            ![a tram](tram.jpg) crosses.                    | <1/> crosses.
            Mail <desk@example.org> or see <https://x.org>. | Mail <1/> or see <2/>.
            Both *em* and _em_ and __strong__.              | Both <1>em</1> and <2>em</2> and <3>strong</3>.
            A [link with **bold** inside](u).               | A <1>link with <2>bold</2> inside</1>.
            snake_case_name stays, 2 * 3 * 4 too.          | snake_case_name stays, 2 * 3 * 4 too.
            Unclosed **bold and [bracket stay.             | Unclosed **bold and [bracket stay.
            Escaped \\*stars\\* stay.                       | Escaped \\*stars\\* stay.
            See [the ref][r1], never defined.               | See [the ref][r1], never defined.
            Struck ~~out~~ words.                           | Struck <1>out</1> words.
            """)
    void inlineSyntaxBecomesCodes(String markdown, String expected) {
        assertEquals(expected, parse(markdown).text());
    }

    @Test
    void codesRestoreTheExactSourceAndFollowAMovedTranslation() {
        String source = "Read [the **full** report](https://example.org/r) and run `tram`.";
        SourceParagraph parsed = parse(source);
        assertEquals(source, MarkdownWriter.restore(parsed.text(), parsed.codes()));
        assertEquals("Lancez <4/> et lisez [le rapport **complet**](https://example.org/r).", MarkdownWriter.restore(
                "Lancez <4/> et lisez <1>le rapport <2>complet</2></1>.", parsed.codes()));
        assertEquals(List.of(new MarkupCode("[", "](https://example.org/r)"), new MarkupCode("**", "**"),
                MarkupCode.standalone("`tram`")), parsed.codes().subList(0, 3));
    }

    @Test
    void aReferenceLinkIsOnePairedCodeWithItsLabel() {
        SourceParagraph parsed = parse("See [the report][r1] now.\n\n[r1]: https://example.org/r \"The report\"\n");
        assertEquals("See <1>the report</1> now.", parsed.text());
        assertEquals(List.of(new MarkupCode("[", "][r1]")), parsed.codes());
    }

    @Test
    void hardLineBreaksAreCodesAndSoftOnesSpaces() {
        SourceParagraph parsed = parse("> One line  \n> two line\\\n> three\n> four.\n");
        assertEquals("One line<1/>two line<2/>three four.", parsed.text());
        assertEquals(List.of(MarkupCode.standalone("  \n> "), MarkupCode.standalone("\\\n> ")), parsed.codes());
    }

    @Test
    void storedCodesReadBackTheSame() {
        List<MarkupCode> codes = parse("A [b](c) and `d` and **e**.").codes();
        assertEquals(codes, MarkupCode.parse(MarkupCode.serialize(codes)));
        assertEquals(List.of(), MarkupCode.parse(MarkupCode.serialize(List.of())));
    }
}
