package org.verso.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verso.TestResources;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.UnitState;
import org.verso.interchange.html.HtmlReader;
import org.verso.interchange.html.HtmlWriter;
import org.verso.interchange.markdown.MarkdownReader;
import org.verso.interchange.markdown.MarkdownWriter;
import org.verso.interchange.text.TextReader;
import org.verso.interchange.text.TextWriter;
import org.verso.segmentation.Segmenters;

/**
 * Round-trip identity (issue 21), as the import and the export in the file's own format do it: every text, HTML and
 * Markdown fixture in the repository, segmented and laid out ({@link SourceSegments}), exported with each translation
 * equal to its source, gives the input back byte for byte, but for the normalisations docs/documents.md lists (text:
 * byte order mark dropped, CRLF/CR to LF; HTML: the page re-serialised by jsoup with the target's lang and dir;
 * Markdown: as text). And random edits of the translations keep every inline
 * code and link.
 */
public class ExportIdentityPropertyTest {

    private static final List<String> FOLDERS = List.of("articles", "editor", "interchange/roundtrip/text",
            "interchange/roundtrip/markdown", "interchange/identity");

    static Stream<Path> fixtures() {
        return FOLDERS.stream().flatMap(folder -> {
            try (Stream<Path> files = Files.list(TestResources.path(folder))) {
                return files.filter(f -> f.toString().matches(".*\\.(txt|html|md)$")).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void exportWithTranslationEqualToSourceGivesTheInputBack(Path fixture) throws IOException {
        byte[] input = Files.readAllBytes(fixture);
        String exported = export(fixture, input, UnaryOperator.identity());
        String name = fixture.getFileName().toString();
        if (name.endsWith(".txt")) {
            assertEquals(textNormalised(input), exported);
        } else if (name.endsWith(".html")) {
            assertEquals(htmlNormalised(input, language(fixture)), exported);
        } else {
            // Markdown: the file's own bytes (its skeleton around the text), line ends as LF.
            assertEquals(textNormalised(input), exported);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void randomEditsOfTheTranslationsKeepEveryInlineCodeAndLink(Path fixture) throws IOException {
        byte[] input = Files.readAllBytes(fixture);
        Random random = new Random(fixture.getFileName().toString().hashCode());
        String edited = export(fixture, input, text -> edit(text, random));
        String original = export(fixture, input, UnaryOperator.identity());
        String name = fixture.getFileName().toString();
        if (name.endsWith(".html")) {
            assertEquals(inlineElements(original), inlineElements(edited));
        } else if (name.endsWith(".md")) {
            assertEquals(matches(MARKDOWN_CODE, original), matches(MARKDOWN_CODE, edited));
        }
        assertEquals(paragraphCount(fixture, original), paragraphCount(fixture, edited), "the paragraphs stay");
    }

    /** Random changes to the words of a translation; its inline codes stay as they are, in order. */
    private static String edit(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (InlineCodes.Token token : InlineCodes.tokens(text)) {
            if (token.kind() != InlineCodes.Kind.TEXT) {
                out.append(token.text());
                continue;
            }
            for (String word : token.text().split("(?<= )", -1)) {
                int dice = random.nextInt(4);
                out.append(dice == 0 ? word.toUpperCase(Locale.ROOT) : dice == 1 ? "über " + word : word);
            }
        }
        return out.toString();
    }

    /** The file's export in its own format with each translation {@code translate(source)}. */
    public static String export(Path fixture, byte[] input, UnaryOperator<String> translate) {
        String name = fixture.getFileName().toString();
        String language = language(fixture);
        SourceDocument source = name.endsWith(".html") ? new HtmlReader().read(input)
                : name.endsWith(".md") ? new MarkdownReader().read(input) : new TextReader().read(input);
        // Boilerplate left out of the export is a choice the import makes (and the user undoes), not a layout change.
        List<SourceSegments.NewSegment> segments = SourceSegments.of(source.paragraphs(),
                Segmenters.forLanguage(language), false);
        List<BilingualParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < source.paragraphs().size(); i++) {
            SourceParagraph paragraph = source.paragraphs().get(i);
            List<BilingualUnit> units = new ArrayList<>();
            for (SourceSegments.NewSegment segment : segments) {
                if (segment.paragraph() == i) {
                    String target = segment.translatable() ? translate.apply(segment.text()) : null;
                    units.add(new BilingualUnit("s" + units.size(), segment.text(), target, UnitState.FINAL,
                            "approved", segment.translatable(), null, segment.raw(), segment.gap()));
                }
            }
            paragraphs.add(new BilingualParagraph(paragraph.kind(), paragraph.markup(), paragraph.segmentable(),
                    units, paragraph.codes(), SourceSegments.lead(paragraph)));
        }
        BilingualDocument doc = new BilingualDocument("1", "t", language, language, paragraphs, 0);
        byte[] output = name.endsWith(".html") ? new HtmlWriter().write(doc, source.skeleton())
                : name.endsWith(".md") ? new MarkdownWriter().write(doc, source.skeleton()) : new TextWriter().write(doc);
        return new String(output, StandardCharsets.UTF_8);
    }

    private static String language(Path fixture) {
        Matcher tag = Pattern.compile("\\.([a-z]{2})\\.[a-z]+$").matcher(fixture.getFileName().toString());
        return tag.find() ? tag.group(1) : "en";
    }

    /** Documented normalisation of text: no byte order mark, every line end a LF. */
    public static String textNormalised(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Documented normalisation of HTML: jsoup's serialisation of the page, lang and dir of the target language. */
    public static String htmlNormalised(byte[] input, String language) {
        Document page = Jsoup.parse(new String(input, StandardCharsets.UTF_8), "", Parser.htmlParser());
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        page.selectFirst("html").attr("lang", language).attr("dir", "ltr");
        return page.outerHtml();
    }

    // Code spans, link targets and inline HTML, each on one line (a fence's backticks would pair across blocks).
    private static final Pattern MARKDOWN_CODE = Pattern.compile("`[^`\\n]+`|\\]\\([^)\\n]*\\)|<[a-z][^>\\n]*>");

    private static List<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static List<String> inlineElements(String html) {
        Document page = Jsoup.parse(html);
        List<String> kept = new ArrayList<>(page.select("a").eachAttr("href"));
        page.select("code, br").forEach(e -> kept.add(e.outerHtml()));
        kept.addAll(page.select("img").eachAttr("src")); // its alt is translated like any text
        page.select("em, strong, b, i").forEach(e -> kept.add(e.tagName()));
        return kept;
    }

    private static int paragraphCount(Path fixture, String exported) {
        byte[] bytes = exported.getBytes(StandardCharsets.UTF_8);
        String name = fixture.getFileName().toString();
        return (name.endsWith(".html") ? new HtmlReader().read(bytes) : name.endsWith(".md")
                ? new MarkdownReader().read(bytes) : new TextReader().read(bytes)).paragraphs().size();
    }
}
