package org.verso.interchange.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

/**
 * Reads a Word document (.docx) with Apache POI: each paragraph with text ({@link DocxWalk} says which and in what
 * order) becomes a paragraph, its formatting inline codes ({@link ParagraphCodes}); each image description one of
 * its own. The skeleton is the whole file (Base64), from which {@link DocxWriter} rebuilds the translated one. A
 * document with tracked changes is refused: which side to translate is the author's call.
 */
public final class DocxReader {

    private final long maxUnpackedBytes;

    /** @param maxUnpackedBytes the most the package may unpack to, all parts together */
    public DocxReader(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /** @throws InterchangeException when the bytes are no Word document, unpack too far, or hold tracked changes */
    public SourceDocument read(byte[] bytes) {
        DocxPackage.entries(bytes, maxUnpackedBytes);
        List<SourceParagraph> paragraphs = new ArrayList<>();
        try (XWPFDocument document = DocxPackage.open(bytes)) {
            for (DocxWalk.Slot slot : DocxWalk.walk(document).slots()) {
                paragraphs.add(paragraph(slot));
            }
        } catch (IOException e) {
            throw new InterchangeException("The Word document cannot be read.", e);
        }
        if (paragraphs.isEmpty()) {
            throw new InterchangeException("The Word document holds no text to translate.");
        }
        String firstLine = InlineCodes.strip(paragraphs.get(0).text());
        return new SourceDocument(firstLine, paragraphs, Base64.getEncoder().encodeToString(bytes));
    }

    private static SourceParagraph paragraph(DocxWalk.Slot slot) {
        String text = slot.text();
        if (text.length() > InterchangeException.MAX_UNIT_CHARS) {
            throw new InterchangeException("A paragraph of the Word document holds more than "
                    + InterchangeException.MAX_UNIT_CHARS + " characters; Verso does not import that.");
        }
        if (slot.altText() != null) {
            return SourceParagraph.of(ParagraphKind.OTHER, text.replaceAll("\\s+", " "));
        }
        List<MarkupCode> kinds = slot.paragraph().codes().stream()
                .map(code -> code.paired() ? new MarkupCode(code.kind(), "") : MarkupCode.standalone(code.kind()))
                .toList();
        return SourceParagraph.withCodes(slot.paragraph().kind(), "", text, kinds);
    }
}
