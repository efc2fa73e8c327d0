package org.verso.suggestion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the memory match and machine translation panels under a segment (and their own pages). The texts are in {@code messages/suggestion_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "suggestion", locale = "en")
public interface SuggestionMessages {

    @Message String machineTitle(int n);
    @Message String backToEditor();
    @Message String machineFor(int n);
    @Message String unavailable();
    @Message String didNotAnswer();
    @Message String machineBy(String provider);
    @Message String machineTranslation();
    @Message String whatMachine();
    @Message String whatMatch();
    @Message String noEngineForPair();
    @Message String matchesTitle(int n);
    @Message String matchesFor(int n);
    @Message String noMatch(int threshold);
    @Message String scoreMatch(int score);
    @Message String diffTitle();
    @Message String machineSuggestions();
    @Message String machineUnavailable();
}
