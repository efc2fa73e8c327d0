package org.verso.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks where each segment starts and ends in an article's exported page, so the editor can highlight the one being
 * translated without touching the page's own markup: the segment's text goes to the writer between two
 * private-use markers, which become empty {@code <span data-pv-start>}/{@code <span data-pv-end>} elements here
 * (an empty span is allowed anywhere text is). Markers that landed in an attribute or in text-only elements
 * ({@code <title>}) are dropped. The page's scripts, event handlers and refreshes go too: the preview shows, never runs.
 */
final class PreviewMarks {

    static final char START = '\uE000';
    static final char END = '\uE001';
    static final char CLOSE = '\uE002';
    private static final Pattern MARKER = Pattern.compile("([\uE000\uE001])(\\d+)\uE002");
    private static final Set<String> TEXT_ONLY = Set.of("title", "textarea", "option", "script", "style");

    private PreviewMarks() {
    }

    /** The text a writer gets for one segment: its own text between a start and an end marker. */
    static String wrap(long segmentId, String text) {
        String clean = text.replace(String.valueOf(START), "").replace(String.valueOf(END), "")
                .replace(String.valueOf(CLOSE), "");
        return START + Long.toString(segmentId) + CLOSE + clean + END + segmentId + CLOSE;
    }

    /**
     * Turns the markers into empty elements (the start one with the segment's state: "translated",
     * "untranslated" or "skipped") and makes the page inert.
     */
    static void apply(Document page, Map<Long, String> states) {
        page.select("script, noscript, meta[http-equiv], base, iframe, object, embed").remove();
        List<TextNode> marked = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            List<String> handlers = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase().startsWith("on")) {
                    handlers.add(attribute.getKey());
                } else if (MARKER.matcher(attribute.getValue()).find()) {
                    attribute.setValue(MARKER.matcher(attribute.getValue()).replaceAll(""));
                }
            }
            handlers.forEach(element::removeAttr);
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text && MARKER.matcher(text.getWholeText()).find()) {
                    marked.add(text);
                }
            }
        }
        for (TextNode text : marked) {
            replace(text, states);
        }
    }

    private static void replace(TextNode text, Map<Long, String> states) {
        String whole = text.getWholeText();
        Element parent = (Element) text.parentNode();
        if (parent == null || TEXT_ONLY.contains(parent.normalName())) {
            text.text(MARKER.matcher(whole).replaceAll(""));
            return;
        }
        Matcher m = MARKER.matcher(whole);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                text.before(new TextNode(whole.substring(at, m.start())));
            }
            Element mark = new Element("span");
            if (m.group(1).charAt(0) == START) {
                mark.attr("data-pv-start", m.group(2)).attr("data-pv-state",
                        states.getOrDefault(Long.parseLong(m.group(2)), "translated"));
            } else {
                mark.attr("data-pv-end", m.group(2));
            }
            text.before(mark);
            at = m.end();
        }
        if (at < whole.length()) {
            text.before(new TextNode(whole.substring(at)));
        }
        text.remove();
    }
}
