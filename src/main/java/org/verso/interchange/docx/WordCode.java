package org.verso.interchange.docx;

import org.w3c.dom.Element;

/**
 * What one inline code of a Word paragraph stands for.
 *
 * @param kind    the word a translator sees on the chip ("bold", "link", "footnote reference")
 * @param rPr     FORMAT: the run properties of the words inside; WRAPPER: those of the runs inside the wrapper;
 *                STANDALONE run item: the run properties of its run (null when the run has none)
 * @param element WRAPPER: the hyperlink (content control, smart tag) around the words; STANDALONE: the run item
 *                (a tab, a drawing, a footnote reference) or the paragraph-level element (a simple field, a formula)
 * @param inRun   STANDALONE: true when {@code element} is an item of a run, written back inside a run of its own
 */
record WordCode(Type type, String kind, Element rPr, Element element, boolean inRun) {

    enum Type {
        FORMAT, WRAPPER, STANDALONE
    }

    boolean paired() {
        return type != Type.STANDALONE;
    }
}
