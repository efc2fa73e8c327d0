package org.verso.delivery;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the page that imports translations back from an XLIFF file. The texts are in {@code messages/delivery_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "delivery", locale = "en")
public interface DeliveryMessages {

    @Message String importTitle(String title, String language);
    @Message String editor();
    @Message String importTranslations();
    @Message String hint();
    @Message String xliffFile();
    @Message String importedFile(String file);
    @Message String reportCounts(int applied, int unchanged, int unknown, int conflicts);
    @Message String unknownUnits();
    @Message String conflictsNotApplied();
    @Message String colUnit();
    @Message String colInFile();
    @Message String colInVerso();
    @Message String colSavedBy();
    @Message String exportedAt(int version);
}
