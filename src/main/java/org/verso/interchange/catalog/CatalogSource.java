package org.verso.interchange.catalog;

import java.util.List;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

/** A catalog as the neutral model of an import: one paragraph per unit, already one segment, never split. */
public final class CatalogSource {

    private CatalogSource() {
    }

    public static SourceDocument of(Catalog catalog) {
        if (catalog.units().isEmpty()) {
            throw new InterchangeException("The catalog holds no strings to translate.");
        }
        List<SourceParagraph> paragraphs = catalog.units().stream()
                .map(u -> new SourceParagraph(ParagraphKind.OTHER, "", u.text(), u.translatable(), List.of(),
                        u.codes()))
                .toList();
        String first = catalog.units().stream().filter(CatalogUnit::translatable).map(CatalogUnit::key).findFirst()
                .orElse(catalog.units().get(0).key());
        return new SourceDocument(first, paragraphs, catalog.skeleton(), List.of(), catalog.units());
    }
}
