package org.verso.delivery;

import java.util.List;
import org.verso.failure.InvalidInputException;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.android.AndroidCatalogWriter;
import org.verso.interchange.json.JsonCatalogWriter;
import org.verso.interchange.properties.PropertiesCatalogWriter;
import org.verso.interchange.po.PoCatalogWriter;

/**
 * A catalog's export: each paragraph is one unit, in file order; its translation (or none) goes to the catalog
 * writer, which rebuilds the imported file around it.
 */
final class CatalogExport {

    private CatalogExport() {
    }

    static byte[] write(ExportFormat format, BilingualDocument model, String skeleton, String language) {
        List<String> targets = model.paragraphs().stream().map(CatalogExport::target).toList();
        try {
            return switch (format) {
                case PO -> new PoCatalogWriter().write(skeleton, targets, language);
                case JSON -> new JsonCatalogWriter().write(skeleton, targets, language);
                case PROPERTIES -> new PropertiesCatalogWriter().write(skeleton, targets, language);
                case ANDROID -> new AndroidCatalogWriter().write(skeleton, targets, language);
                default -> throw new IllegalArgumentException("Not a catalog format: " + format);
            };
        } catch (InterchangeException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** The unit's translation; a skipped unit (not translatable) keeps its source, so it has none. */
    private static String target(BilingualParagraph paragraph) {
        if (paragraph.units().isEmpty()) {
            return null;
        }
        BilingualUnit unit = paragraph.units().get(0);
        return unit.translatable() ? unit.target() : null;
    }
}
