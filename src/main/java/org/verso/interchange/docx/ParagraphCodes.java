package org.verso.interchange.docx;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.ParagraphKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one {@code w:p} into text with inline codes. The run properties most of its words share are the paragraph's
 * plain formatting; a stretch of runs formatted otherwise (bold, italic, a character style) becomes a paired code, a
 * hyperlink (content control, smart tag) a paired code around its words, and what is no text — a tab, a break, a
 * drawing, a footnote reference, a field's markers — a standalone code. Bookmarks and comment ranges are anchors
 * put back at the paragraph's edges; spelling marks are dropped. Reading and writing walk the same way.
 */
final class ParagraphCodes {

    private static final Set<String> WRAPPERS = Set.of("hyperlink", "smartTag", "customXml", "dir", "bdo", "sdt");
    private static final Set<String> START_MARKERS = Set.of("bookmarkStart", "commentRangeStart", "permStart");
    private static final Set<String> END_MARKERS = Set.of("bookmarkEnd", "commentRangeEnd", "permEnd");
    private static final Set<String> START_RUN_ITEMS = Set.of("footnoteRef", "endnoteRef", "separator",
            "continuationSeparator", "annotationRef");
    private static final Set<String> DROPPED = Set.of("proofErr", "softHyphen", "lastRenderedPageBreak", "rPr",
            "pPr");

    /** One piece of the paragraph: words in one formatting, or one thing that is no text. */
    private record Atom(List<Element> wrappers, Element rPr, String text, Element item, boolean inRun) {
    }

    private final List<Atom> atoms = new ArrayList<>();
    private final List<Node> starts = new ArrayList<>();
    private final List<Node> ends = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final List<WordCode> codes = new ArrayList<>();
    /** The codes open at this point of the text: wrapper elements and "format …" signatures, outermost first. */
    private final List<Object> open = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();
    /** Per wrapper (null: the paragraph itself), the signature of the run properties most of its characters have. */
    private final Map<Element, String> base = new IdentityHashMap<>();
    private final Map<String, Element> bySignature = new LinkedHashMap<>();

    private ParagraphCodes() {
    }

    static WordParagraph read(Element p, ParagraphKind kind) {
        ParagraphCodes reading = new ParagraphCodes();
        reading.flatten(p, List.of());
        return reading.encode(p, kind);
    }

    private void flatten(Element container, List<Element> wrappers) {
        for (Element child : WordXml.children(container)) {
            String name = child.getLocalName();
            boolean word = WordXml.W.equals(child.getNamespaceURI());
            if (word && DROPPED.contains(name)) {
                continue;
            }
            if (word && name.equals("r")) {
                flattenRun(child, wrappers);
            } else if (word && WRAPPERS.contains(name)) {
                Element content = name.equals("sdt") ? WordXml.child(child, "sdtContent") : child;
                if (content != null) {
                    List<Element> inner = new ArrayList<>(wrappers);
                    inner.add(child);
                    flatten(content, inner);
                }
            } else if (word && START_MARKERS.contains(name)) {
                starts.add(child);
            } else if (word && END_MARKERS.contains(name)) {
                ends.add(child);
            } else {
                atoms.add(new Atom(wrappers, null, null, child, false)); // a simple field, a formula, …
            }
        }
    }

    private void flattenRun(Element run, List<Element> wrappers) {
        Element rPr = WordXml.child(run, "rPr");
        List<Element> items = WordXml.children(run).stream().filter(e -> !WordXml.isW(e, "rPr")).toList();
        for (Element item : items) {
            String name = WordXml.W.equals(item.getNamespaceURI()) ? item.getLocalName() : "";
            if (name.equals("t")) {
                atoms.add(new Atom(wrappers, rPr, WordXml.text(item), null, true));
            } else if (name.equals("noBreakHyphen")) {
                atoms.add(new Atom(wrappers, rPr, "\u2011", null, true));
            } else if (DROPPED.contains(name)) {
                continue;
            } else if (items.size() == 1 && START_RUN_ITEMS.contains(name)) {
                starts.add(run); // a footnote's own number stays first
            } else if (items.size() == 1 && name.equals("commentReference")) {
                ends.add(run);
            } else {
                atoms.add(new Atom(wrappers, rPr, null, item, true));
            }
        }
    }

    private WordParagraph encode(Element p, ParagraphKind kind) {
        weighFormats();
        for (Atom atom : atoms) {
            List<Object> wanted = wanted(atom);
            closeDownTo(commonDepth(wanted));
            for (int i = open.size(); i < wanted.size(); i++) {
                openCode(wanted.get(i), atom);
            }
            if (atom.text() != null) {
                out.append(atom.text());
            } else {
                codes.add(new WordCode(WordCode.Type.STANDALONE, CodeKind.ofItem(atom.item()), atom.rPr(),
                        atom.item(), atom.inRun()));
                out.append(InlineCodes.standalone(codes.size()));
            }
        }
        closeDownTo(0);
        return new WordParagraph(p, kind, out.toString(), codes, bySignature.get(base.getOrDefault(null, "")),
                starts, ends, altTexts());
    }

    private void weighFormats() {
        Map<Element, Map<String, Integer>> weights = new IdentityHashMap<>();
        for (Atom atom : atoms) {
            if (atom.text() != null) {
                String signature = WordXml.signature(atom.rPr());
                bySignature.putIfAbsent(signature, atom.rPr());
                weights.computeIfAbsent(innermost(atom.wrappers()), k -> new LinkedHashMap<>())
                        .merge(signature, atom.text().length(), Integer::sum);
            }
        }
        weights.forEach((level, counts) -> base.put(level, counts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("")));
    }

    /**
     * The codes that must be open around the atom: its wrappers, and its formatting when that is not its level's
     * plain one. Something that is no text keeps a formatting code open only when it shares that formatting.
     */
    private List<Object> wanted(Atom atom) {
        String signature = WordXml.signature(atom.rPr());
        List<Object> wanted = new ArrayList<>(atom.wrappers());
        String format = "format " + signature;
        boolean formatted = !signature.equals(base.getOrDefault(innermost(atom.wrappers()), ""));
        if (atom.text() != null ? formatted
                : formatted && open.size() > wanted.size() && format.equals(open.get(wanted.size()))) {
            wanted.add(format);
        }
        return wanted;
    }

    private int commonDepth(List<Object> wanted) {
        int common = 0;
        while (common < open.size() && common < wanted.size() && same(open.get(common), wanted.get(common))) {
            common++;
        }
        return common;
    }

    private void closeDownTo(int depth) {
        while (open.size() > depth) {
            open.remove(open.size() - 1);
            out.append(InlineCodes.close(numbers.remove(numbers.size() - 1)));
        }
    }

    private void openCode(Object next, Atom atom) {
        String levelBase = base.getOrDefault(innermost(atom.wrappers()), "");
        codes.add(next instanceof Element wrapper
                ? new WordCode(WordCode.Type.WRAPPER, CodeKind.ofWrapper(wrapper),
                bySignature.get(base.getOrDefault(wrapper, "")), wrapper, false)
                : new WordCode(WordCode.Type.FORMAT, CodeKind.ofFormat(atom.rPr(), bySignature.get(levelBase)),
                atom.rPr(), null, false));
        open.add(next);
        numbers.add(codes.size());
        out.append(InlineCodes.open(codes.size()));
    }

    private static boolean same(Object a, Object b) {
        return a instanceof Element ? a == b : a.equals(b);
    }

    private static Element innermost(List<Element> wrappers) {
        return wrappers.isEmpty() ? null : wrappers.get(wrappers.size() - 1);
    }

    /** The images' descriptions, one group per distinct text (a drawing and its fallback share one). */
    private List<List<Element>> altTexts() {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Atom atom : atoms) {
            if (atom.item() != null) {
                collectDocPr(atom.item(), groups);
            }
        }
        return List.copyOf(groups.values());
    }

    private static void collectDocPr(Element element, Map<String, List<Element>> groups) {
        if (WordXml.WP.equals(element.getNamespaceURI()) && "docPr".equals(element.getLocalName())) {
            String descr = element.getAttribute("descr");
            if (descr != null && !descr.isBlank()) {
                groups.computeIfAbsent(descr.strip(), k -> new ArrayList<>()).add(element);
            }
        }
        for (Element child : WordXml.children(element)) {
            collectDocPr(child, groups);
        }
    }
}
