package org.verso.interchange.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.Repair;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.TextDecoder;

/**
 * Reads an HTML article. Each block that holds text and no other block (h1–h6, p, li, blockquote, figcaption, td,
 * or a div with text of its own) becomes a paragraph, its inline elements inline codes ({@link InlineMarkup}); the
 * page's title and the {@code alt} and {@code title} attributes become paragraphs of their own. Everything else —
 * head, scripts, styles, comments, attributes, pre blocks — stays in the skeleton: the page with each paragraph's
 * block marked ({@value #PARAGRAPH}) and each translatable attribute noted ({@value #ATTRIBUTE_PREFIX}name), from
 * which {@link HtmlWriter} rebuilds the page around the translation. jsoup parses as a browser does and
 * the page is imported as the browser shows it: elements left open or closed out of order are repaired as a browser
 * repairs them, and each repair is listed with its place ({@link HtmlRepairs}); the export is the repaired page. The
 * encoding is the byte order mark's, else the page's declared one ({@link DeclaredCharset}), else UTF-8. Only what
 * cannot be an article is refused: no markup, no text, absurd nesting.
 */
public final class HtmlReader {

    static final String PARAGRAPH = "data-verso-p";
    static final String ATTRIBUTE_PREFIX = "data-verso-a-";
    static final List<String> TRANSLATABLE_ATTRIBUTES = List.of("alt", "title");
    /**
     * Wraps, in the skeleton only, text that stands beside blocks in one container ({@code <div>Intro <p>…</p>
     * outro</div>}): each run is a paragraph; the writer unwraps it again.
     */
    static final String RUN = "verso-run";

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend", "center");
    /** Kept as they are: never translated, never looked into. */
    private static final Set<String> KEPT = Set.of("script", "style", "noscript", "template", "pre", "svg", "math",
            "textarea", "select", "iframe", "object", "canvas", "video", "audio", "head");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MAX_DEPTH = 256;
    private static final int MAX_ERRORS = 100;
    /** A start or end tag, a comment or a doctype: what any HTML file has and a plain-text file has not. */
    private static final Pattern MARKUP = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9-]*[\\s/>]|!)");

    /**
     * @throws InterchangeException when the bytes are not text in the page's encoding, hold no markup or no text,
     *                              or nest absurdly deep
     */
    public SourceDocument read(byte[] bytes) {
        String html = TextDecoder.decode(bytes, DeclaredCharset.of(bytes));
        if (!MARKUP.matcher(html).find()) {
            throw new InterchangeException("The file holds no HTML markup at all; import it as text instead.");
        }
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_ERRORS);
        Document page = Jsoup.parse(html, "", parser);
        List<Repair> repairs = HtmlRepairs.of(parser.getErrors(), html);
        refuseDeepNesting(page);
        page.outputSettings().prettyPrint(false);
        List<SourceParagraph> paragraphs = new ArrayList<>();
        Element title = page.head().selectFirst("title");
        if (title != null && !title.text().isBlank()) {
            title.attr(PARAGRAPH, "0");
            paragraphs.add(SourceParagraph.of(ParagraphKind.HEADING, InlineMarkup.encode(title)));
        }
        Map<Element, Boolean> holdsBlock = blockHolders(page.body());
        wrapLooseText(page.body(), holdsBlock);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > MAX_DEPTH) {
                    throw new InterchangeException("The HTML nests elements more than " + MAX_DEPTH
                            + " levels deep; Verso does not import that.");
                }
                if (!(node instanceof Element element) || KEPT.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                noteAttributes(element, paragraphs);
                boolean paragraph = BLOCKS.contains(element.normalName()) || element.normalName().equals(RUN)
                        || element == page.body();
                if (holdsBlock.getOrDefault(element, false) || !paragraph) {
                    return FilterResult.CONTINUE;
                }
                String text = InlineMarkup.encode(element);
                if (InlineCodes.strip(text).isBlank()) {
                    return FilterResult.CONTINUE;
                }
                element.attr(PARAGRAPH, String.valueOf(paragraphs.size()));
                paragraphs.add(new SourceParagraph(kind(element), "", text, true));
                noteInlineAttributes(element, paragraphs);
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, page.body());
        if (paragraphs.isEmpty()) {
            throw new InterchangeException("The HTML holds no text to translate.");
        }
        String firstLine = InlineCodes.strip(paragraphs.get(0).readable());
        return new SourceDocument(firstLine, paragraphs, page.outerHtml(), repairs);
    }

    private static void refuseDeepNesting(Document page) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        if (deepest[0] > MAX_DEPTH) {
            throw new InterchangeException("The HTML nests elements more than " + MAX_DEPTH + " levels deep; "
                    + "an article never needs that. Verso does not import it.");
        }
    }

    /**
     * Which elements hold a block element somewhere inside: those are containers, looked into, not paragraphs.
     * One pass from the leaves up, without recursion, so deep pages cannot overflow the stack.
     */
    private static Map<Element, Boolean> blockHolders(Element body) {
        Map<Element, Boolean> holds = new HashMap<>();
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.parent() != null) {
                    boolean block = BLOCKS.contains(element.normalName()) || holds.getOrDefault(element, false);
                    if (block) {
                        holds.put(element.parent(), true);
                    }
                }
            }
        }, body);
        return holds;
    }

    /**
     * In every container that holds blocks, each run of text and inline elements between its blocks that has words
     * in it goes into a {@link #RUN} element, so it is translated like a paragraph instead of left out. Runs are
     * trimmed of the white space at their ends, which stays outside (it is only layout between blocks).
     */
    private static void wrapLooseText(Element body, Map<Element, Boolean> holdsBlock) {
        List<Element> containers = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || KEPT.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (holdsBlock.getOrDefault(element, false)) {
                    containers.add(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element container : containers) {
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(container.childNodes())) {
                if (breaksRun(child, holdsBlock)) {
                    wrap(run);
                    run = new ArrayList<>();
                } else {
                    run.add(child);
                }
            }
            wrap(run);
        }
    }

    private static boolean breaksRun(Node node, Map<Element, Boolean> holdsBlock) {
        if (node instanceof TextNode) {
            return false;
        }
        if (node instanceof Element element) {
            String name = element.normalName();
            return BLOCKS.contains(name) || KEPT.contains(name) || holdsBlock.getOrDefault(element, false);
        }
        return true; // comments and the like end a run and stay where they are
    }

    private static void wrap(List<Node> run) {
        int first = 0;
        int last = run.size() - 1;
        while (first <= last && blank(run.get(first))) {
            first++;
        }
        while (last >= first && blank(run.get(last))) {
            last--;
        }
        if (first > last) {
            return;
        }
        Element wrapper = new Element(RUN);
        run.get(first).before(wrapper);
        for (Node node : run.subList(first, last + 1)) {
            wrapper.appendChild(node);
        }
        if (InlineCodes.strip(InlineMarkup.encode(wrapper)).isBlank()) {
            wrapper.unwrap(); // only codes (an image, a line break): nothing to translate, the page stays as it was
        }
    }

    private static boolean blank(Node node) {
        return node instanceof TextNode text && text.isBlank();
    }

    private static ParagraphKind kind(Element element) {
        return HEADINGS.contains(element.normalName()) ? ParagraphKind.HEADING : ParagraphKind.BODY;
    }

    /** The element's own alt and title, each a paragraph of its own. */
    private static void noteAttributes(Element element, List<SourceParagraph> paragraphs) {
        for (String name : TRANSLATABLE_ATTRIBUTES) {
            String value = element.attr(name);
            if (!value.isBlank() && !element.hasAttr(ATTRIBUTE_PREFIX + name)) {
                element.attr(ATTRIBUTE_PREFIX + name, String.valueOf(paragraphs.size()));
                paragraphs.add(new SourceParagraph(ParagraphKind.OTHER, "", value, true));
            }
        }
    }

    /** The alt and title attributes of the inline elements inside a paragraph (an image's alt in a sentence). */
    private static void noteInlineAttributes(Element block, List<SourceParagraph> paragraphs) {
        for (Element inner : block.getAllElements()) {
            if (inner != block) {
                noteAttributes(inner, paragraphs);
            }
        }
    }
}
