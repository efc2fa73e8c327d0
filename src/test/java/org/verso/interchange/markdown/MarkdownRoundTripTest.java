package org.verso.interchange.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.InlineCodes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verso.interchange.BilingualDocs;
import org.verso.interchange.Fixtures;

class MarkdownRoundTripTest {

    static List<Path> fixtures() {
        return Fixtures.inputs("markdown");
    }

    /**
     * Setext headings, list markers, tables' layout, reference definitions, front matter, line breaks: all kept. The
     * one normalisation (docs/formats.md): Windows line ends come back as LF (flood-setext.md has CRLF).
     */
    @ParameterizedTest
    @MethodSource("fixtures")
    void anExportWithTranslationEqualToSourceIsByteIdenticalToTheInput(Path fixture) {
        assertEquals(Fixtures.read(fixture).replace("\r\n", "\n"), roundTrip(Fixtures.bytes(fixture)));
    }

    /** A translation (here: upper case outside the codes) changes the text and nothing of the markup. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void aTranslatedExportHasTheSourcesMarkup(Path fixture) {
        SourceDocument source = new MarkdownReader().read(Fixtures.bytes(fixture));
        BilingualDocument echo = BilingualDocs.echo(source, "de");
        List<BilingualParagraph> translated = echo.paragraphs().stream().map(p -> new BilingualParagraph(p.kind(),
                p.markup(), p.segmentable(), p.units().stream().map(u -> new BilingualUnit(u.id(), u.source(),
                        u.target() == null ? null : upperOutsideCodes(u.target()), u.state(), u.subState(),
                        u.translatable())).toList(), p.codes())).toList();
        byte[] exported = new MarkdownWriter().write(new BilingualDocument(echo.id(), echo.title(), "en", "de",
                translated, 0), source.skeleton());
        SourceDocument untranslated = new MarkdownReader().read(new MarkdownWriter().write(echo, source.skeleton()));
        assertEquals(shape(untranslated), shape(new MarkdownReader().read(exported)));
    }

    private static String upperOutsideCodes(String text) {
        StringBuilder out = new StringBuilder();
        for (InlineCodes.Token token : InlineCodes.tokens(text)) {
            out.append(token.kind() == InlineCodes.Kind.TEXT ? token.text().toUpperCase(Locale.ROOT) : token.text());
        }
        return out.toString();
    }

    /** Kinds, block markup and inline codes of every paragraph, with link targets and code spans; no text. */
    private static List<String> shape(SourceDocument doc) {
        return doc.paragraphs().stream().map(p -> p.kind() + "|" + p.markup() + "|" + p.segmentable() + "|"
                + (p.segmentable() ? p.codes().stream().map(c -> c.open() + "…" + untitled(c.close())).toList()
                        + "|" + p.text().replaceAll("[^<>/0-9]", "") : "")).toList();
    }

    /** A link's closing markup without its title, which is translated text (MarkdownLinkTitleTest). */
    private static String untitled(String close) {
        return close == null ? null : close.replaceAll("([\"'(])[^\"'()\n]*([\"')])\\)$", "$1…$2)");
    }

    private static String roundTrip(byte[] input) {
        SourceDocument source = new MarkdownReader().read(input);
        byte[] output = new MarkdownWriter().write(BilingualDocs.echo(source, "en"), source.skeleton());
        return new String(output, StandardCharsets.UTF_8);
    }
}
