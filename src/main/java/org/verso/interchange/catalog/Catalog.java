package org.verso.interchange.catalog;

import java.util.List;

/**
 * A catalog as read: its units in file order, and the skeleton its writer rebuilds the file from (the file's text,
 * after a line naming how it was encoded, so the writer finds each unit again where it stands).
 */
public record Catalog(String skeleton, List<CatalogUnit> units) {

    public Catalog {
        units = List.copyOf(units);
    }
}
