package org.verso.pretranslation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the match analysis page and its pre-translation buttons. The texts are in {@code messages/pretranslation_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "pretranslation", locale = "en")
public interface PretranslationMessages {

    @Message String analysisTitle(String title, String language);
    @Message String editor();
    @Message String matchAnalysis();
    @Message String pretranslated(int segments, int words);
    @Message String filledBand(int segments, String band, String status);
    @Message String hint();
    @Message String colBand();
    @Message String colSegments();
    @Message String colWords();
    @Message String colWeight();
    @Message String colWeighted();
    @Message String total();
    @Message String bandName(String band, String name);
    @Message String pretranslateUntouched();
    @Message String pretranslateBackground();
    @Message String memoryHint();
    @Message String pretranslateWithMachine();
    @Message String inBackground();
    @Message String machineHint();
}
