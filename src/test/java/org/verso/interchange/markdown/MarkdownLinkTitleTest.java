package org.verso.interchange.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verso.interchange.BilingualDocs;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;

/** An inline link's title is translated as a paragraph of its own and written back inside the link. */
class MarkdownLinkTitleTest {

    private static final String FILE = "Read the [ferry guide](https://example.org/ferry \"Timetable and fares\") before\n"
            + "you sail, or [ask us](mailto:desk@example.org).\n";

    @Test
    void theTitleIsAParagraphAfterItsOwnAndTheFileComesBackByteForByte() {
        SourceDocument source = read(FILE);

        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.OTHER),
                source.paragraphs().stream().map(p -> p.kind()).toList());
        assertEquals("Timetable and fares", source.paragraphs().get(1).text());
        assertEquals(FILE, write(source, Map.of()));
    }

    @Test
    void aTranslatedTitleGoesBackIntoItsLink() {
        String written = write(read(FILE), Map.of(1, "Horaires et tarifs"));

        assertEquals("Read the [ferry guide](https://example.org/ferry \"Horaires et tarifs\") before you sail, or "
                + "[ask us](mailto:desk@example.org).\n", written);
    }

    @Test
    void theParagraphAndItsTitleTranslatedTogether() {
        String written = write(read("See [the map](/map.png 'Old harbour') first.\n"),
                Map.of(0, "Voir <1>la carte</1> d'abord.", 1, "Le vieux port"));

        assertEquals("Voir [la carte](/map.png 'Le vieux port') d'abord.\n", written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`[a](/u \"T\")`|`Il a dit \"oui\"`|`[a](/u \"Il a dit \\\"oui\\\"\")`",
        "`[a](/u 'T')`|`L'heure d'été`|`[a](/u 'L\\'heure d\\'été')`",
        "`[a](/u (T))`|`Un (petit) port`|`[a](/u (Un \\(petit\\) port))`",
        "`[a](/u \"T\")`|`Déjà \\\"cité\\\"`|`[a](/u \"Déjà \\\"cité\\\"\")`"})
    void theTitlesDelimiterIsEscapedInTheTranslation(String link, String title, String expected) {
        assertEquals(expected + "\n", write(read(link + "\n"), Map.of(1, title)));
    }

    @Test
    void aReferenceLinkOrATitleOverSeveralLinesStaysInItsCode() {
        SourceDocument source = read("A [ref link][r] and [b](/u \"two\nlines\").\n\n[r]: /x\n");

        assertEquals(1, source.paragraphs().size());
    }

    private static SourceDocument read(String markdown) {
        return new MarkdownReader().read(markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** The file written with paragraph {@code i}'s one unit translated as given, every other unit its source. */
    private static String write(SourceDocument source, Map<Integer, String> translations) {
        BilingualDocument echo = BilingualDocs.echo(source, "fr");
        List<BilingualParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < echo.paragraphs().size(); i++) {
            BilingualParagraph p = echo.paragraphs().get(i);
            String target = translations.get(i);
            paragraphs.add(target == null ? p : new BilingualParagraph(p.kind(), p.markup(), p.segmentable(),
                    p.units().stream().map(u -> new BilingualUnit(u.id(), u.source(), target, u.state(), u.subState(),
                            u.translatable())).toList(), p.codes()));
        }
        return new String(new MarkdownWriter().write(new BilingualDocument(echo.id(), echo.title(), "en", "fr",
                paragraphs, 0), source.skeleton()), StandardCharsets.UTF_8);
    }
}
