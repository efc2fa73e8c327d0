package org.verso.interchange.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.InterchangeException;

/**
 * The inline content of one HTML block as text with inline codes, and back. Elements inside the block become codes
 * numbered in the order they open: paired ({@code <1>…</1>}) when they hold text, standalone ({@code <2/>}) when
 * they are void (br, img), empty, or a code span, whose content is never translated. Reading and writing number the
 * same block's elements the same way, so the writer finds each code's element again in the skeleton.
 */
final class InlineMarkup {

    /** Elements whose content is kept as it is and shown as one standalone code. */
    private static final Set<String> OPAQUE = Set.of("code", "kbd", "samp", "var", "script", "style", "svg", "math",
            "template", "noscript", "textarea", "select", "object", "iframe", "video", "audio", "canvas");
    private static final int MAX_DEPTH = 100;

    private InlineMarkup() {
    }

    /**
     * The block's text with codes, its white space exactly as the page has it (line breaks, indentation, the space at
     * its edges), so that writing the same text back gives the same page; segmentation tidies it into what a browser
     * shows. Blank when the block holds no text.
     */
    static String encode(Element block) {
        StringBuilder out = new StringBuilder();
        walk(block, out);
        return out.toString();
    }

    /** The block's inline elements in code-number order (index 0 is code 1). */
    static List<Element> codes(Element block) {
        return walk(block, new StringBuilder());
    }

    /**
     * One walk for reading and writing, so both number a block's codes the same way: writes the text with codes
     * to {@code out} and answers the elements in code order.
     */
    private static List<Element> walk(Element block, StringBuilder out) {
        List<Element> codes = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == block) {
                    return FilterResult.CONTINUE;
                }
                if (depth > MAX_DEPTH) {
                    throw new InterchangeException("The HTML nests inline elements more than " + MAX_DEPTH
                            + " levels deep inside one block; Verso does not import that.");
                }
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY; // comments, data: kept in the skeleton, never shown
                }
                codes.add(element);
                int number = codes.size();
                if (isStandalone(element)) {
                    out.append(InlineCodes.standalone(number));
                    return FilterResult.SKIP_ENTIRELY;
                }
                out.append(InlineCodes.open(number));
                open.push(number);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node != block && node instanceof Element element && !isStandalone(element)) {
                    out.append(InlineCodes.close(open.pop()));
                }
                return FilterResult.CONTINUE;
            }
        }, block);
        return codes;
    }

    /**
     * Replaces the block's content with {@code text}, its codes turned back into copies of the source's elements.
     * A code the translation dropped is gone; one it misplaced closes the elements opened after it; a number the
     * block does not have stays as text.
     */
    static void decode(Element block, String text) {
        List<Element> codes = codes(block);
        List<Node> fresh = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> numbers = new ArrayDeque<>();
        for (InlineCodes.Token token : InlineCodes.tokens(text)) {
            boolean known = token.number() >= 1 && token.number() <= codes.size();
            switch (token.kind()) {
                case TEXT -> add(fresh, stack, new TextNode(token.text()));
                case OPEN -> {
                    if (!known) {
                        add(fresh, stack, new TextNode(token.text()));
                    } else {
                        Element element = codes.get(token.number() - 1).shallowClone();
                        add(fresh, stack, element);
                        if (!isStandalone(codes.get(token.number() - 1))) {
                            stack.push(element);
                            numbers.push(token.number());
                        }
                    }
                }
                case CLOSE -> {
                    if (!known) {
                        add(fresh, stack, new TextNode(token.text()));
                    } else if (numbers.contains(token.number())) {
                        while (!numbers.isEmpty()) {
                            stack.pop();
                            if (numbers.pop() == token.number()) {
                                break;
                            }
                        }
                    }
                }
                case STANDALONE -> {
                    if (!known) {
                        add(fresh, stack, new TextNode(token.text()));
                    } else {
                        Element source = codes.get(token.number() - 1);
                        add(fresh, stack, isStandalone(source) ? source.clone() : source.shallowClone());
                    }
                }
            }
        }
        block.empty();
        block.appendChildren(fresh);
    }

    private static void add(List<Node> top, Deque<Element> stack, Node node) {
        if (stack.isEmpty()) {
            top.add(node);
        } else {
            stack.peek().appendChild(node);
        }
    }

    static boolean isStandalone(Element element) {
        return element.tag().isSelfClosing() || OPAQUE.contains(element.normalName()) || element.childNodeSize() == 0;
    }
}
