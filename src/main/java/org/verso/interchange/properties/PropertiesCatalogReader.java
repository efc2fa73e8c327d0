package org.verso.interchange.properties;

import org.verso.interchange.catalog.Catalog;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.CatalogUnit;

/**
 * A Java {@code .properties} resource bundle as a catalog: each key one unit, its comment the comment lines right
 * above it. UTF-8 when the bytes are UTF-8, else ISO-8859-1 (Java's old default); {@code \\uXXXX} escapes read.
 */
public final class PropertiesCatalogReader {

    public Catalog read(byte[] bytes) {
        CatalogText file = CatalogText.decode(bytes, true);
        return new Catalog(file.skeleton(), PropertiesScan.scan(file.text()).stream().map(e -> {
            CatalogCodes codes = new CatalogCodes(CatalogCodes.PLACEHOLDERS);
            String text = codes.protect(e.value());
            return new CatalogUnit(e.key(), null, e.comment(), null, null, !text.isBlank(), text, null, codes.codes());
        }).toList());
    }
}
