package org.verso.replace;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the search and replace page. The texts are in {@code messages/replace_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "replace", locale = "en")
public interface ReplaceMessages {

    @Message String replaceTitle(String title);
    @Message String backToEditor();
    @Message String searchReplace();
    @Message String find();
    @Message String replaceWith();
    @Message String regex();
    @Message String onlyStatuses();
    @Message String statusName(String status);
    @Message String reasonDespiteErrors();
    @Message String reasonHint();
    @Message String reasonHintReviewer();
    @Message String preview();
    @Message String replaceAll();
    @Message String replaceBackground();
    @Message String backgroundHint();
    @Message String replacedIn(int n);
    @Message String wouldChange(int n);
    @Message String nothingMatches();
    @Message String colStatus();
    @Message String colChange();
    @Message String replacedKept();
    @Message String toBeReplacedKept();
    @Message String leftUnchanged(int n);
    @Message String wouldBeLeft(int n);
    @Message String colNewText();
    @Message String colWhyLeft();
}
