package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled SRX rules on English news text, plus the contract every language shares. */
class EnglishSegmentationTest {

    private static void assertSentences(String language, String paragraph, String... expected) {
        assertEquals(List.of(expected), Segmenters.forLanguage(language).split(paragraph));
    }

    @Test
    void blankParagraphGivesNoSentences() {
        assertSentences("en", " \n\t ");
    }

    @Test
    void fullStopBeforeCapitalEndsASentence() {
        assertSentences("en", "The dam burst overnight. Rescuers reached the village at dawn.",
                "The dam burst overnight.", "Rescuers reached the village at dawn.");
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertSentences("en", "Who ordered the recount? Nobody knows! The court will ask.",
                "Who ordered the recount?", "Nobody knows!", "The court will ask.");
    }

    @Test
    void sentencesAreTrimmedAndInnerWhitespaceCollapses() {
        assertSentences("en", "  Polls closed\n at eight.\t\tCounting   began at once. ",
                "Polls closed at eight.", "Counting began at once.");
    }

    @Test
    void untidyWhitespaceIsTidiedWhereverItStands() {
        assertSentences("en", "a\nbrief note on the count that ran late", "a brief note on the count that ran late"); // at 1
        assertSentences("en", "Turnout\u2003rose\tsharply in the north", "Turnout rose sharply in the north"); // no break candidate at all
        assertSentences("en", "Polls closed.  \tResults\n\nfollow soon.", "Polls closed.", "Results follow soon.");
        assertSentences("en", "One.\u00A0Two  words", "One.\u00A0Two words"); // a no-break space is kept
    }

    @Test
    void joiningTheSentencesGivesBackTheParagraphWithCollapsedWhitespace() {
        String paragraph = "Gen. Ortiz (retired) spoke first.  \"We lost,\" he said... Then:\n"
                + "\"Why?\" The U.S. envoy left at 5 p.m. 2. Talks resume on Jan. 4 [...] in Geneva!";
        List<String> sentences = Segmenters.forLanguage("en").split(paragraph);
        assertEquals(paragraph.strip().replaceAll("\\s+", " "), String.join(" ", sentences));
    }

    @Test
    void lowercaseWordAfterFullStopContinuesTheSentence() {
        assertSentences("en", "The ferry left from pier no. seven at noon.", "The ferry left from pier no. seven at noon.");
    }

    @Test
    void titleAbbreviationDoesNotEndASentence() {
        assertSentences("en", "Sen. Maria Ortega voted against the bill. Dr. Chen abstained.",
                "Sen. Maria Ortega voted against the bill.", "Dr. Chen abstained.");
    }

    @Test
    void companyAbbreviationEndsASentenceBeforeATypicalOpener() {
        assertSentences("en", "The mine is owned by Granite Holdings Inc. It employs 900 people.",
                "The mine is owned by Granite Holdings Inc.", "It employs 900 people.");
    }

    @Test
    void monthAbbreviationBeforeADayDoesNotEndASentence() {
        assertSentences("en", "The strike began on Feb. 12 and ended in March.",
                "The strike began on Feb. 12 and ended in March.");
    }

    @Test
    void numberAbbreviationBeforeADigitDoesNotEndASentence() {
        assertSentences("en", "Runway No. 3 stays closed.", "Runway No. 3 stays closed.");
    }

    @Test
    void dottedAcronymBeforeLowercaseWordDoesNotEndASentence() {
        assertSentences("en", "Talks between the U.S. and Russia stalled.", "Talks between the U.S. and Russia stalled.");
    }

    @Test
    void dottedAcronymBeforeProperNounDoesNotEndASentence() {
        assertSentences("en", "She briefed the U.N. Security Council on Friday.",
                "She briefed the U.N. Security Council on Friday.");
    }

    @Test
    void dottedAcronymBeforeTypicalOpenerEndsASentence() {
        assertSentences("en", "He studied in the U.S. The next year he returned home.",
                "He studied in the U.S.", "The next year he returned home.");
    }

    @Test
    void timeAbbreviationBeforeAWeekdayDoesNotEndASentence() {
        assertSentences("en", "Voting opens at 7 a.m. Sunday in most districts.",
                "Voting opens at 7 a.m. Sunday in most districts.");
    }

    @Test
    void middleInitialDoesNotEndASentence() {
        assertSentences("en", "Former president George W. Bush attended the funeral.",
                "Former president George W. Bush attended the funeral.");
    }

    @Test
    void chainOfInitialsDoesNotEndASentence() {
        assertSentences("en", "A letter by J. R. R. Tolkien sold for a record sum.",
                "A letter by J. R. R. Tolkien sold for a record sum.");
    }

    @Test
    void pronounIBeforeATypicalOpenerEndsASentence() {
        assertSentences("en", "Nobody saw it but I. Then the lights went out.",
                "Nobody saw it but I.", "Then the lights went out.");
    }

    @Test
    void decimalsAndVersionNumbersDoNotEndASentence() {
        assertSentences("en", "Inflation hit 3.14 percent after version v2.0.1 of the index shipped.",
                "Inflation hit 3.14 percent after version v2.0.1 of the index shipped.");
    }

    @Test
    void numberEndingAnEnglishSentenceEndsIt() {
        assertSentences("en", "The death toll rose to 15. Officials fear more.", "The death toll rose to 15.",
                "Officials fear more.");
    }

    @Test
    void closingQuoteStaysWithTheSentenceItEnds() {
        assertSentences("en", "The guard shouted \"Stop.\" Then he fired a warning shot.",
                "The guard shouted \"Stop.\"", "Then he fired a warning shot.");
    }

    @Test
    void closingCurlyQuoteStaysWithTheSentenceItEnds() {
        assertSentences("en", "She called it “a disgrace.” Her party disagreed.", "She called it “a disgrace.”",
                "Her party disagreed.");
    }

    @Test
    void closingBracketStaysWithTheSentenceItEnds() {
        assertSentences("en", "The mayor resigned. (It was his second term.) Elections follow in May.",
                "The mayor resigned.", "(It was his second term.)", "Elections follow in May.");
    }

    @Test
    void quotedSentenceFollowedByLowercaseContinues() {
        assertSentences("en", "\"We will rebuild.\" the minister promised.", "\"We will rebuild.\" the minister promised.");
    }

    @Test
    void openingQuoteAfterFullStopStartsASentence() {
        assertSentences("en", "The vote failed. \"shameful\" was the word she used.", "The vote failed.",
                "\"shameful\" was the word she used.");
    }

    @Test
    void ellipsisBeforeLowercaseDoesNotEndASentence() {
        assertSentences("en", "The talks went on... and on into the night.", "The talks went on... and on into the night.");
    }

    @Test
    void ellipsisBeforeCapitalEndsASentence() {
        assertSentences("en", "The talks went on and on... Nobody left the room.", "The talks went on and on...",
                "Nobody left the room.");
    }

    @Test
    void ellipsisCharacterBeforeCapitalEndsASentence() {
        assertSentences("en", "We waited for hours… Finally the bus came.", "We waited for hours…",
                "Finally the bus came.");
    }

    @Test
    void bracketedOmissionDoesNotEndASentence() {
        assertSentences("en", "\"The reforms [...]\" (Ortiz, 2019) were never passed.",
                "\"The reforms [...]\" (Ortiz, 2019) were never passed.");
    }

    @Test
    void datelineStaysOneSentenceWithItsFirstClause() {
        assertSentences("en", "Lisbon, 14 June 2011 (Wire) -- Portugal has asked for help. Talks start today.",
                "Lisbon, 14 June 2011 (Wire) -- Portugal has asked for help.", "Talks start today.");
    }

    @Test
    void numberedListOpenerStaysWithItsItem() {
        assertSentences("en", "1. Voters must bring an ID card.", "1. Voters must bring an ID card.");
    }

    @Test
    void numberedListItemsAreSplitEvenWithoutFullStops() {
        assertSentences("en", "1) Close the border 2) Open the shelters", "1) Close the border", "2) Open the shelters");
    }

    @Test
    void emailAddressEndingASentenceDoesNotHideTheBoundary() {
        assertSentences("en", "Write to desk@news.example.org. We answer daily.", "Write to desk@news.example.org.",
                "We answer daily.");
    }

    @Test
    void unknownLanguageStillSplitsOnPlainFullStops() {
        assertSentences("xx", "Alpha beta gamma. Delta epsilon.", "Alpha beta gamma.", "Delta epsilon.");
    }

    @Test
    void senatorAndGeneralDoNotEndASentence() {
        assertSentences("en", "Sen. Ruiz and Gen. Park met. They agreed.", "Sen. Ruiz and Gen. Park met.", "They agreed.");
    }

    @Test
    void exampleAbbreviationDoesNotEndASentence() {
        assertSentences("en", "Some cities, e.g. Leeds, voted no.", "Some cities, e.g. Leeds, voted no.");
    }

    @Test
    void nameWithAnExclamationMarkDoesNotEndASentence() {
        assertSentences("en", "Shares of Yahoo! Japan rose.", "Shares of Yahoo! Japan rose.");
    }

    /**
     * A full stop with no space after it ends a sentence only before a word that typically opens one (or a title):
     * otherwise it is a dotted name ("net.Socket"), and splitting there would cut a token in two (issue 21).
     */
    @Test
    void sentenceTypedWithoutASpaceIsSplitBeforeASentenceOpener() {
        assertSentences("en", "The vote failed.Then officials left.", "The vote failed.", "Then officials left.");
        assertSentences("en", "The vote failed.Mr. Lee left.", "The vote failed.", "Mr. Lee left.");
        assertSentences("en", "The vote failed.Officials left.", "The vote failed.Officials left.");
    }

    @Test
    void tokensWithAFullStopInsideAreNeverSplit() {
        assertSentences("en", "It extends {net.Socket} now.", "It extends {net.Socket} now.");
        assertSentences("en", "It extends net.Socket now. It works.", "It extends net.Socket now.", "It works.");
        assertSentences("en", "Use pyparsing.testing.TestParseResultsAsserts here.",
                "Use pyparsing.testing.TestParseResultsAsserts here.");
        assertSentences("en", "See example.org for the 3.5 release of U.S.-led tests.",
                "See example.org for the 3.5 release of U.S.-led tests.");
    }

    @Test
    void emailAddressWithCapitalsIsNotSplit() {
        assertSentences("en", "Write to Press.Office@example.org today.", "Write to Press.Office@example.org today.");
    }

    @Test
    void webAddressWithCapitalsIsNotSplit() {
        assertSentences("en", "See www.example.org/News.Today for more.", "See www.example.org/News.Today for more.");
    }

    @Test
    void shortLinesWithoutEndMarksAreSeparateSegments() {
        assertSentences("en", "Contents\nElection results\nWeather\n", "Contents", "Election results", "Weather");
    }

    @Test
    void wrappedLineOfProseIsJoined() {
        assertSentences("en", "The committee will meet again next\nweek to vote on the budget.",
                "The committee will meet again next week to vote on the budget.");
    }

    @Test
    void closingPlaceholderStaysWithTheSentenceItEnds() {
        assertSentences("en", "\uE000He left.\uE001 \uE002Then\uE003 she came.", "\uE000He left.\uE001",
                "\uE002Then\uE003 she came.");
    }

    @Test
    void supplementaryPlaceholderIsNeverCutInTwo() {
        String placeholder = new String(Character.toChars(0xF0001));
        assertSentences("en", "He left." + placeholder + " Then she came.", "He left." + placeholder, "Then she came.");
    }
}
