package org.verso.interchange.html;

import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.ParagraphText;
import org.verso.interchange.PartialNotice;

/**
 * Writes the translated article as HTML. An article imported from HTML comes back as the same page — head, scripts,
 * attributes, comments — with each paragraph's text and inline codes replaced by the translation's and the
 * translated {@code alt}/{@code title} attributes; other articles get a plain page of headings and paragraphs. The
 * root element carries the target language and its direction; the file is UTF-8 and the page's encoding
 * declaration says so.
 */
public final class HtmlWriter {

    /** Containers that stay even when every paragraph in them was left out. */
    private static final Set<String> KEPT_CONTAINERS = Set.of("html", "head", "body");

    /** @param skeleton what {@link HtmlReader} left of the page, or null for an article not imported from HTML */
    public byte[] write(BilingualDocument doc, String skeleton) {
        Document page = skeleton == null ? plainPage(doc) : Jsoup.parse(skeleton, "", Parser.htmlParser());
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        List<BilingualParagraph> paragraphs = doc.paragraphs();
        if (skeleton != null) {
            DeclaredCharset.declareUtf8(page);
            for (Element block : page.select("[" + HtmlReader.PARAGRAPH + "]")) {
                BilingualParagraph paragraph = paragraph(paragraphs, block.attr(HtmlReader.PARAGRAPH));
                block.removeAttr(HtmlReader.PARAGRAPH);
                if (paragraph != null && paragraph.units().isEmpty()) {
                    leaveOut(block);
                    continue;
                }
                String text = paragraph == null ? null : ParagraphText.exact(paragraph, doc);
                if (text != null) {
                    InlineMarkup.decode(block, text);
                }
                if (block.normalName().equals(HtmlReader.RUN)) {
                    block.unwrap();
                }
            }
            for (String name : HtmlReader.TRANSLATABLE_ATTRIBUTES) {
                String marker = HtmlReader.ATTRIBUTE_PREFIX + name;
                for (Element element : page.select("[" + marker + "]")) {
                    String text = text(paragraphs, element.attr(marker), doc);
                    element.removeAttr(marker);
                    if (text != null) {
                        element.attr(name, InlineCodes.strip(text));
                    }
                }
            }
        }
        Element root = page.selectFirst("html");
        if (root != null) {
            root.attr("lang", doc.targetLanguage());
            root.attr("dir", rightToLeft(doc.targetLanguage()) ? "rtl" : "ltr");
        }
        if (doc.partial()) {
            page.body().prependChild(new Comment(" " + PartialNotice.of(doc) + " "));
        }
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(List<BilingualParagraph> paragraphs, String index, BilingualDocument doc) {
        BilingualParagraph paragraph = paragraph(paragraphs, index);
        return paragraph == null ? null : ParagraphText.exact(paragraph, doc);
    }

    private static BilingualParagraph paragraph(List<BilingualParagraph> paragraphs, String index) {
        try {
            int at = Integer.parseInt(index);
            return at >= 0 && at < paragraphs.size() ? paragraphs.get(at) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Removes a left-out paragraph's element with the white space before it (the line it stood on), then each
     * container that holds nothing else any more (a share bar's list), up to the body.
     */
    private static void leaveOut(Element block) {
        Element gone = block;
        while (gone != null) {
            Element parent = gone.parent();
            if (gone.previousSibling() instanceof TextNode space && space.isBlank()) {
                space.remove();
            }
            gone.remove();
            boolean empty = parent != null && !KEPT_CONTAINERS.contains(parent.normalName())
                    && parent.childNodes().stream().allMatch(n -> n instanceof TextNode t && t.isBlank());
            gone = empty ? parent : null;
        }
    }

    private static Document plainPage(BilingualDocument doc) {
        Document page = Document.createShell("");
        page.title(doc.title() == null ? "" : doc.title());
        boolean headingWritten = false;
        for (BilingualParagraph paragraph : doc.paragraphs()) {
            String text = ParagraphText.of(paragraph, doc);
            if (text.isBlank()) {
                continue;
            }
            String tag = paragraph.kind() != ParagraphKind.HEADING ? (paragraph.segmentable() ? "p" : "pre")
                    : headingWritten ? "h2" : "h1";
            headingWritten |= paragraph.kind() == ParagraphKind.HEADING;
            page.body().appendElement(tag).text(InlineCodes.strip(text));
        }
        return page;
    }

    private static boolean rightToLeft(String language) {
        return ULocale.addLikelySubtags(ULocale.forLanguageTag(language)).getCharacterOrientation()
                .equals("right-to-left");
    }
}
