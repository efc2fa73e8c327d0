package org.verso.memory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the translation memory page: concordance search, language pairs and import. The texts are in {@code messages/memory_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "memory", locale = "en")
public interface MemoryMessages {

    @Message String translationMemory();
    @Message String intro();
    @Message String concordance();
    @Message String words();
    @Message String wordsPlaceholder();
    @Message String from();
    @Message String to();
    @Message String search();
    @Message String colSource();
    @Message String colTarget();
    @Message String colOrigin();
    @Message String noUnit(String q);
    @Message String languagePairs();
    @Message String colUnits();
    @Message String colExport();
    @Message String empty();
    @Message String importHeading();
    @Message String importFile();
    @Message String importSource();
    @Message String importTarget();
    @Message String importButton();
    @Message String importHint();
}
