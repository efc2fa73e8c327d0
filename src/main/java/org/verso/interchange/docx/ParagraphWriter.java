package org.verso.interchange.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.verso.interchange.InlineCodes;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Rewrites one {@code w:p} with a translation: its properties stay, its runs are made anew from the text, each
 * code turned back into what it stood for ({@link ParagraphCodes} read them) — the formatting on the translated
 * words, the hyperlink around them, the footnote reference where the translator put it. A code the translation
 * lost that is no formatting (a footnote reference, a field's marker, an image) is put at the paragraph's end, so
 * nothing of the document goes; a number the paragraph does not have stays as text.
 */
final class ParagraphWriter {

    /** Where new runs go and with which properties. */
    private record Frame(Element container, Element rPr, int number) {
    }

    private final WordParagraph paragraph;
    private final TargetLanguage language;

    private ParagraphWriter(WordParagraph paragraph, TargetLanguage language) {
        this.paragraph = paragraph;
        this.language = language;
    }

    static void rewrite(WordParagraph paragraph, String text, TargetLanguage language) {
        new ParagraphWriter(paragraph, language).write(text);
    }

    private void write(String text) {
        Element p = paragraph.p();
        for (Node child = p.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (!WordXml.isW(child, "pPr")) {
                p.removeChild(child);
            }
            child = next;
        }
        language.markParagraph(p);
        paragraph.startMarkers().forEach(marker -> p.appendChild(marker.cloneNode(true)));
        List<WordCode> codes = paragraph.codes();
        boolean[] used = writeTokens(p, text);
        for (int i = 0; i < codes.size(); i++) {
            if (!used[i] && !codes.get(i).paired()) {
                p.appendChild(standalone(codes.get(i)));
            }
        }
        paragraph.endMarkers().forEach(marker -> p.appendChild(marker.cloneNode(true)));
    }

    /** Writes the text's words and codes into {@code p}; answers which codes it used. */
    private boolean[] writeTokens(Element p, String text) {
        List<WordCode> codes = paragraph.codes();
        boolean[] used = new boolean[codes.size()];
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(p, paragraph.baseRPr(), 0));
        for (InlineCodes.Token token : InlineCodes.tokens(text)) {
            int n = token.number();
            WordCode code = n >= 1 && n <= codes.size() ? codes.get(n - 1) : null;
            if (code != null) {
                used[n - 1] = true;
            }
            switch (token.kind()) {
                case TEXT -> words(stack.peek(), token.text());
                case OPEN -> open(stack, code, n, token.text());
                case CLOSE -> close(stack, code, n, token.text());
                case STANDALONE -> {
                    if (code == null) {
                        words(stack.peek(), token.text());
                    } else if (!code.paired()) {
                        stack.peek().container().appendChild(standalone(code));
                    }
                }
            }
        }
        return used;
    }

    private void open(Deque<Frame> stack, WordCode code, int n, String literal) {
        if (code == null) {
            words(stack.peek(), literal);
        } else if (!code.paired()) {
            stack.peek().container().appendChild(standalone(code));
        } else if (code.type() == WordCode.Type.FORMAT) {
            stack.push(new Frame(stack.peek().container(), code.rPr(), n));
        } else {
            Element wrapper = (Element) code.element().cloneNode(true);
            Element content = WordXml.isW(wrapper, "sdt") ? WordXml.child(wrapper, "sdtContent") : wrapper;
            for (Element child : WordXml.children(content)) {
                if (!child.getLocalName().endsWith("Pr")) {
                    content.removeChild(child);
                }
            }
            stack.peek().container().appendChild(wrapper);
            stack.push(new Frame(content, code.rPr(), n));
        }
    }

    private void close(Deque<Frame> stack, WordCode code, int n, String literal) {
        if (code == null) {
            words(stack.peek(), literal);
            return;
        }
        if (stack.stream().anyMatch(f -> f.number() == n)) {
            while (stack.size() > 1 && stack.pop().number() != n) {
                // closes what the translation left open inside it
            }
        }
    }

    private void words(Frame frame, String text) {
        if (text.isEmpty()) {
            return;
        }
        Element container = frame.container();
        Element run = WordXml.create(container, "r");
        Element rPr = frame.rPr() == null ? WordXml.create(container, "rPr") : (Element) frame.rPr().cloneNode(true);
        language.mark(rPr);
        run.appendChild(rPr);
        Element t = WordXml.create(container, "t");
        t.setAttributeNS(WordXml.XML, "xml:space", "preserve");
        t.appendChild(container.getOwnerDocument().createTextNode(text));
        run.appendChild(t);
        container.appendChild(run);
    }

    private static Node standalone(WordCode code) {
        Node item = code.element().cloneNode(true);
        if (!code.inRun()) {
            return item;
        }
        Element run = WordXml.create(code.element(), "r");
        if (code.rPr() != null) {
            run.appendChild(code.rPr().cloneNode(true));
        }
        run.appendChild(item);
        return run;
    }

    /** The paragraphs a writer leaves out: gone, unless a cell or note needs it to hold at least one paragraph. */
    static void leaveOut(WordParagraph paragraph) {
        Element p = paragraph.p();
        Node parent = p.getParentNode();
        long paragraphs = new ArrayList<>(WordXml.children(parent)).stream().filter(e -> WordXml.isW(e, "p")).count();
        if (paragraphs > 1) {
            parent.removeChild(p);
            return;
        }
        for (Element child : WordXml.children(p)) {
            if (!WordXml.isW(child, "pPr")) {
                p.removeChild(child);
            }
        }
    }
}
