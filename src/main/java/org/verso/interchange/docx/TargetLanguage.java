package org.verso.interchange.docx;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The target language as Word marks it: {@code w:lang} on every translated run (the complex-script and East Asian
 * slots too for those languages), and for a right-to-left language {@code w:rtl} on the runs and {@code w:bidi} on
 * the paragraphs; both taken away for a left-to-right target. Elements go where the schema orders them.
 */
record TargetLanguage(String tag, boolean rightToLeft, boolean eastAsian) {

    private static final Set<String> EAST_ASIAN = Set.of("zh", "ja", "ko");
    private static final Set<String> AFTER_LANG = Set.of("eastAsianLayout", "specVanish", "oMath");
    private static final Set<String> AFTER_RTL = Set.of("cs", "em", "lang", "eastAsianLayout", "specVanish",
            "oMath");
    private static final Set<String> AFTER_BIDI = Set.of("adjustRightInd", "snapToGrid", "spacing", "ind",
            "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
            "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange");

    static TargetLanguage of(String tag) {
        ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag));
        return new TargetLanguage(tag, locale.getCharacterOrientation().equals("right-to-left"),
                EAST_ASIAN.contains(Locale.forLanguageTag(tag).getLanguage()));
    }

    /** Marks a translated run's properties. */
    void mark(Element rPr) {
        Element lang = WordXml.child(rPr, "lang");
        if (lang == null) {
            lang = WordXml.create(rPr, "lang");
            WordXml.insertInOrder(rPr, lang, AFTER_LANG);
        }
        lang.setAttributeNS(WordXml.W, "w:val", tag);
        if (rightToLeft) {
            lang.setAttributeNS(WordXml.W, "w:bidi", tag);
        }
        if (eastAsian) {
            lang.setAttributeNS(WordXml.W, "w:eastAsia", tag);
        }
        toggle(rPr, "rtl", AFTER_RTL);
    }

    /** Sets or takes away a rebuilt paragraph's right-to-left flag. */
    void markParagraph(Element p) {
        Element pPr = WordXml.child(p, "pPr");
        if (pPr == null && !rightToLeft) {
            return;
        }
        if (pPr == null) {
            pPr = WordXml.create(p, "pPr");
            p.insertBefore(pPr, p.getFirstChild());
        }
        toggle(pPr, "bidi", AFTER_BIDI);
    }

    private void toggle(Element properties, String flag, Set<String> followers) {
        Element existing = WordXml.child(properties, flag);
        if (rightToLeft && existing == null) {
            WordXml.insertInOrder(properties, WordXml.create(properties, flag), followers);
        } else if (!rightToLeft && existing != null) {
            properties.removeChild(existing);
        }
    }
}
