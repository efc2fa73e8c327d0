package org.verso.interchange.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.ParagraphText;
import org.w3c.dom.Element;

/**
 * Writes the translated Word document: the original file with each walked paragraph ({@link DocxWalk}) rewritten
 * in the target language ({@link ParagraphWriter}) and each image description translated. Only the parts the walk
 * went through (the document, footnotes, endnotes, headers, footers) are written anew, by POI; every other entry
 * of the package — styles, numbering, settings, images, comments — is copied byte for byte, in the zip's order.
 */
public final class DocxWriter {

    /** The original was checked at import; this only stops a damaged skeleton from unpacking without end. */
    private static final long MAX_UNPACKED = 1L << 31;

    /** @param skeleton what {@link DocxReader} kept: the original file, Base64 */
    public byte[] write(BilingualDocument doc, String skeleton) {
        byte[] original = Base64.getDecoder().decode(skeleton);
        Map<String, byte[]> entries = DocxPackage.entries(original, MAX_UNPACKED);
        TargetLanguage language = TargetLanguage.of(doc.targetLanguage());
        try (XWPFDocument document = DocxPackage.open(original)) {
            DocxWalk.Walk walk = DocxWalk.walk(document);
            List<DocxWalk.Slot> slots = walk.slots();
            List<BilingualParagraph> paragraphs = doc.paragraphs();
            // Descriptions first: rewriting a paragraph copies its drawings, which must carry the translation.
            for (int i = 0; i < slots.size() && i < paragraphs.size(); i++) {
                String text = text(paragraphs.get(i), doc);
                if (slots.get(i).altText() != null && text != null) {
                    for (Element docPr : slots.get(i).altText()) {
                        docPr.setAttribute("descr", InlineCodes.strip(text));
                    }
                }
            }
            for (int i = 0; i < slots.size() && i < paragraphs.size(); i++) {
                DocxWalk.Slot slot = slots.get(i);
                if (slot.altText() != null) {
                    continue;
                }
                String text = text(paragraphs.get(i), doc);
                if (text == null) {
                    ParagraphWriter.leaveOut(slot.paragraph());
                } else {
                    ParagraphWriter.rewrite(slot.paragraph(), text, language);
                }
            }
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            document.write(written);
            Map<String, byte[]> rewritten = DocxPackage.entries(written.toByteArray(), MAX_UNPACKED);
            walk.parts().forEach(part -> entries.put(part, rewritten.get(part)));
            return DocxPackage.zip(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
    }

    /**
     * The paragraph's translation with the source's own white space at its edges and between its sentences (a
     * trailing space LibreOffice leaves in a list item stays); null when the export leaves it out (no units).
     */
    private static String text(BilingualParagraph paragraph, BilingualDocument doc) {
        return paragraph.units().isEmpty() ? null : paragraph.exact() ? ParagraphText.exact(paragraph, doc)
                : ParagraphText.of(paragraph, doc);
    }
}
