package org.verso.interchange;

import java.util.List;
import org.verso.interchange.catalog.CatalogUnit;

/**
 * The neutral model of an imported article before segmentation.
 *
 * @param firstLine  the first non-blank line, used as title when the user gives none
 * @param paragraphs the paragraphs in reading order; never empty
 * @param skeleton   what a writer needs besides the paragraphs to rebuild the file (the HTML page around them);
 *                   null for formats whose paragraphs carry all of it
 * @param repairs    what the reader repaired to read the file (HTML parsed as a browser does); empty for most
 * @param units      for a string catalog, its units, one per paragraph (each paragraph one unsplit segment); empty
 *                   for an article
 */
public record SourceDocument(String firstLine, List<SourceParagraph> paragraphs, String skeleton,
                             List<Repair> repairs, List<CatalogUnit> units) {

    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
        repairs = List.copyOf(repairs);
        units = List.copyOf(units);
    }

    public SourceDocument(String firstLine, List<SourceParagraph> paragraphs, String skeleton, List<Repair> repairs) {
        this(firstLine, paragraphs, skeleton, repairs, List.of());
    }

    public boolean catalog() {
        return !units.isEmpty();
    }

    public SourceDocument(String firstLine, List<SourceParagraph> paragraphs, String skeleton) {
        this(firstLine, paragraphs, skeleton, List.of());
    }

    public SourceDocument(String firstLine, List<SourceParagraph> paragraphs) {
        this(firstLine, paragraphs, null);
    }
}
