package org.verso.quality;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the quality checks say about a translation, in the viewer's language: one method per finding code of
 * {@link org.verso.qa.QaIssue#code()}. English in messages/check_en.properties (which {@code qa} reads itself for the
 * English sentence), one file per shipped language beside it.
 */
@MessageBundle(value = "check", locale = "en")
public interface CheckMessages {

    @Message
    String emptyTarget();

    @Message
    String numberMissing(String number);

    @Message
    String numberMissingFound(String number, String found);

    @Message
    String numberExtra(String number);

    @Message
    String closedBeforeOpened(String close);

    @Message
    String unbalancedPair(String opened, String open, String closed, String close);

    @Message
    String endMarkAdded(String target);

    @Message
    String endMarkMissing(String source, String expected);

    @Message
    String endMarkDifferent(String source, String target, String expected);

    @Message
    String forbiddenTerm(String term);

    @Message
    String forbiddenTermUse(String term, String use);

    @Message
    String termNotUsed(String term, String use);

    @Message
    String lengthRatio(String ratio, String usual, String source, String target);

    @Message
    String curlyQuoteUnpaired();

    @Message
    String straightQuotesOdd();

    @Message
    String quotedPassages(String source, String target);

    @Message
    String doubleSpace();

    @Message
    String doubleSpaces(String count, String source);

    @Message
    String urlMissing(String link);

    @Message
    String emailMissing(String link);

    @Message
    String placeholderMissing(String placeholder);

    @Message
    String placeholderMissingTimes(String placeholder, String count);

    @Message
    String placeholderExtra(String placeholder);

    @Message
    String placeholderExtraTimes(String placeholder, String count);

    @Message
    String lowerCaseStart(String target, String source);

    @Message
    String translatedDifferently(String quoted);

    @Message
    String translatedDifferentlyMore(String quoted, String more);

    @Message
    String repeatedWord(String word);

    @Message
    String sameAsSource(String quoted);

    @Message
    String whitespaceStart(String source, String target);

    @Message
    String whitespaceEnd(String source, String target);

    @Message
    String noWhitespace();

    @Message
    String spaces(String count);

    @Message
    String lineBreaks(String count);

    @Message
    String lineBreaksAndOther(String count);

    @Message
    String pluralFormEmpty(String form);

    @Message
    String pluralForm(String form, String finding);

    @Message
    String longerThanMax(String length, String max);
}
