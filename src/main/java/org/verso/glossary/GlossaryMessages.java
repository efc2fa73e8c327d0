package org.verso.glossary;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the glossary pages: terms per language pair, editing, adding and importing them. The texts are in {@code messages/glossary_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "glossary", locale = "en")
public interface GlossaryMessages {

    @Message String glossary();
    @Message String glossaryPair(String source, String target);
    @Message String intro();
    @Message String from();
    @Message String to();
    @Message String showTerms();
    @Message String sourceTerm();
    @Message String targetTerm();
    @Message String status();
    @Message String partOfSpeech();
    @Message String note();
    @Message String caseSensitiveMark();
    @Message String caseSensitive();
    @Message String statusName(String status);
    @Message String editPair(String source, String target);
    @Message String edit();
    @Message String editTerm(String source);
    @Message String saveTerm();
    @Message String deletePair(String source, String target);
    @Message String delete();
    @Message String noTerm(String source, String target);
    @Message String export();
    @Message String addTerm();
    @Message String sourceLanguage();
    @Message String targetLanguage();
    @Message String nounExample();
    @Message String add();
    @Message String importHeading();
    @Message String importFile();
    @Message String importButton();
    @Message String importedFile(String file);
    @Message String importedCounts(int imported, int skipped, String format);
    @Message String skipped();
}
