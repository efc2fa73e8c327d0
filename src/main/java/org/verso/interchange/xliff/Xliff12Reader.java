package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.StaxInput;

/**
 * Reads XLIFF 1.2 into the bilingual model: a {@code <trans-unit>} is a unit (one per {@code mrk mtype="seg"}
 * when it has a {@code <seg-source>}); the trans-units directly in a {@code <group>} form a paragraph, one directly
 * in the body is a paragraph of its own. Every {@code <file>} must have the same language pair.
 */
final class Xliff12Reader {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

    private final XMLStreamReader xml;
    private final Xliff12Units units;
    private final XliffParagraphs paragraphs = new XliffParagraphs();
    private String sourceLanguage;
    private String targetLanguage;

    Xliff12Reader(XMLStreamReader xml) {
        this.xml = xml;
        this.units = new Xliff12Units(xml);
    }

    BilingualDocument read() throws XMLStreamException {
        XliffChecks.required(xml, "version");
        String firstId = null;
        String title = null;
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (!isCore("file")) {
                throw XliffChecks.fail(xml, "<" + XliffChecks.name(xml) + "> is not allowed in <xliff>.");
            }
            String original = XliffChecks.required(xml, "original");
            languages();
            if (firstId == null) {
                firstId = original;
                title = original;
            }
            file();
        }
        if (firstId == null) {
            throw XliffChecks.fail(xml, "<xliff> holds no <file>; it needs at least one.");
        }
        return new BilingualDocument(firstId, title, sourceLanguage, targetLanguage, paragraphs.all(), 0);
    }

    /** source-language is required, target-language optional; every file must agree with the first. */
    private void languages() {
        String source = XliffChecks.language(xml, "source-language", XliffChecks.required(xml, "source-language"));
        String target = XliffChecks.language(xml, "target-language", StaxInput.attribute(xml, "target-language"));
        if (sourceLanguage == null) {
            sourceLanguage = source;
            targetLanguage = target;
            units.languages(source, target);
        } else if (!XliffChecks.sameLanguage(source, sourceLanguage)
                || (target == null) != (targetLanguage == null)
                || target != null && !XliffChecks.sameLanguage(target, targetLanguage)) {
            throw XliffChecks.fail(xml, "this <file> is " + source + " → " + target + ", the first one "
                    + sourceLanguage + " → " + targetLanguage + "; Verso reads one language pair per file.");
        }
    }

    private void file() throws XMLStreamException {
        Set<String> ids = new HashSet<>();
        boolean translate = XliffChecks.translate(xml, true);
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (isCore("body")) {
                body(ids, translate);
            } else if (isCore("header")) {
                StaxInput.skipElement(xml);
            } else {
                throw XliffChecks.fail(xml, "<" + XliffChecks.name(xml) + "> is not allowed in <file>.");
            }
        }
    }

    private void body(Set<String> ids, boolean translate) throws XMLStreamException {
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (isCore("trans-unit")) {
                paragraphs.add(ParagraphKind.BODY, units.read(ids, XliffChecks.translate(xml, translate)));
            } else if (isCore("group")) {
                group(ids, translate);
            } else if (isCore("bin-unit")) {
                StaxInput.skipElement(xml);
            } else {
                throw XliffChecks.fail(xml, "<" + XliffChecks.name(xml) + "> is not allowed in <body>.");
            }
        }
    }

    private void group(Set<String> ids, boolean inherited) throws XMLStreamException {
        ParagraphKind kind = XliffParagraphs.kind(StaxInput.attribute(xml, "resname"));
        boolean translate = XliffChecks.translate(xml, inherited);
        List<BilingualUnit> pending = new ArrayList<>();
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (isCore("trans-unit")) {
                pending.addAll(units.read(ids, XliffChecks.translate(xml, translate)));
            } else if (isCore("group")) {
                paragraphs.add(kind, pending);
                pending = new ArrayList<>();
                group(ids, translate);
            } else {
                StaxInput.skipElement(xml); // context-group, count-group, note, bin-unit, extensions
            }
        }
        paragraphs.add(kind, pending);
    }




    private boolean isCore(String name) {
        return NAMESPACE.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }
}
