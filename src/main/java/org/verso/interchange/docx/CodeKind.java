package org.verso.interchange.docx;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/** The word for what a Word paragraph's inline code carries, in the editor chips' vocabulary ({@code CodeKinds}). */
final class CodeKind {

    private CodeKind() {
    }

    static String ofWrapper(Element wrapper) {
        return switch (wrapper.getLocalName()) {
            case "hyperlink" -> "link";
            case "sdt" -> "content control";
            default -> "formatting";
        };
    }

    /** What the run properties add to the paragraph's plain ones: "bold", "italic underline", else "formatting". */
    static String ofFormat(Element rPr, Element base) {
        Set<String> words = new LinkedHashSet<>();
        if (rPr != null) {
            for (Element property : WordXml.children(rPr)) {
                Element same = base == null ? null : WordXml.child(base, property.getLocalName());
                if (same == null || !WordXml.signature(same).equals(WordXml.signature(property))) {
                    String word = word(property);
                    if (word != null) {
                        words.add(word);
                    }
                }
            }
        }
        return words.isEmpty() ? "formatting" : String.join(" ", words);
    }

    private static String word(Element property) {
        String value = WordXml.attr(property, "val");
        boolean off = value.equals("0") || value.equals("false") || value.equals("none");
        return switch (property.getLocalName()) {
            case "b", "bCs" -> off ? null : "bold";
            case "i", "iCs" -> off ? null : "italic";
            case "u" -> off ? null : "underline";
            case "strike", "dstrike" -> off ? null : "strikethrough";
            case "vertAlign" -> value.equals("superscript") ? "superscript"
                    : value.equals("subscript") ? "subscript" : null;
            case "highlight", "shd" -> "highlight";
            case "rStyle" -> styleWord(value);
            case "lang", "rtl", "cs", "noProof", "rFonts", "sz", "szCs" -> null;
            default -> "formatting";
        };
    }

    private static String styleWord(String styleId) {
        String id = styleId.toLowerCase(Locale.ROOT);
        if (id.contains("hyperlink")) {
            return "link";
        }
        if (id.contains("strong")) {
            return "bold";
        }
        if (id.contains("emphasis")) {
            return "italic";
        }
        return id.contains("code") ? "code" : "formatting";
    }

    static String ofItem(Element item) {
        String name = item.getLocalName();
        if (!WordXml.W.equals(item.getNamespaceURI())) {
            return name.startsWith("oMath") ? "formula" : name.equals("AlternateContent") ? "image" : "markup";
        }
        return switch (name) {
            case "tab", "ptab" -> "tab";
            case "br" -> switch (WordXml.attr(item, "type")) {
                case "page" -> "page break";
                case "column" -> "column break";
                default -> "line break";
            };
            case "cr" -> "line break";
            case "drawing", "pict" -> "image";
            case "object" -> "embedded object";
            case "footnoteReference" -> "footnote reference";
            case "endnoteReference" -> "endnote reference";
            case "fldChar", "instrText", "fldSimple" -> "field";
            case "sym" -> "symbol";
            default -> "markup";
        };
    }
}
