package org.verso.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private static List<String> found(String language, String text, String... terms) {
        List<SearchTerm> glossary = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            glossary.add(new SearchTerm(i + 1, terms[i], false));
        }
        return matched(TermMatcher.of(language, glossary), text);
    }

    private static List<String> matched(TermMatcher matcher, String text) {
        return matcher.find(text).stream().map(TermHit::matchedText).toList();
    }

    @Test
    void aPluralTermMatchesTheSingularAndAnyCase() {
        assertEquals(List.of("troop", "Troops", "TROOPS"),
                found("en", "One troop, then Troops, then TROOPS.", "troops"));
    }

    @Test
    void aSingularTermMatchesThePluralAndPossessive() {
        assertEquals(List.of("troops", "troop's"), found("en", "The troops and the troop's flag.", "troop"));
    }

    @Test
    void aRussianTermMatchesItsCaseForms() {
        assertEquals(List.of("войсками", "войск", "Войска"),
                found("ru", "Перед войсками не было войск. Войска ушли.", "войска"));
    }

    @Test
    void aTajikTermMatchesItsPluralWithObjectEnding() {
        assertEquals(List.of("қӯшунҳоро"), found("tg", "Ҳукумат қӯшунҳоро хонд.", "қӯшун"));
    }

    @Test
    void anEndingMayNotAddMoreThanTheLanguageAllows() {
        assertEquals(List.of(), found("en", "A ministerial meeting.", "minister"));
    }

    @Test
    void shortWordsMatchOnlyWhole() {
        assertEquals(List.of("war"), found("en", "The war, the wars, a warden.", "war"));
    }

    @Test
    void languagesWithoutARuleMatchWholeWordsOnly() {
        assertEquals(List.of("وزیر"), found("fa", "وزیر و وزیران", "وزیر"));
    }

    @Test
    void matchesAreWholeWordsNeverInsideAnother() {
        assertEquals(List.of(), found("en", "The newsroom and newspaper staff.", "news"));
    }

    @Test
    void aMultiWordTermMatchesAcrossSpacesAndLineBreaksAndInflects() {
        assertEquals(List.of("Prime Minister", "prime\n  ministers"),
                found("en", "The Prime Minister met former prime\n  ministers.", "prime minister"));
    }

    @Test
    void punctuationBetweenTheWordsOfAMultiWordTermBreaksTheMatch() {
        assertEquals(List.of(), found("en", "A prime, minister-like figure.", "prime minister"));
    }

    @Test
    void punctuationAroundATermDoesNotHideIt() {
        assertEquals(List.of("ceasefire", "Ceasefire", "ceasefire"),
                found("en", "(ceasefire) «Ceasefire!» \"ceasefire\"", "ceasefire"));
    }

    @Test
    void aCaseSensitiveTermMatchesOnlyItsOwnCapitals() {
        TermMatcher matcher = TermMatcher.of("en", List.of(new SearchTerm(1, "US", true)));

        assertEquals(List.of("US"), matched(matcher, "Tell us what the US said; us again."));
    }

    @Test
    void theLongestOfOverlappingTermsWins() {
        assertEquals(List.of("prime minister", "minister"),
                found("en", "The prime minister and the minister.", "minister", "prime minister"));
    }

    @Test
    void overlappingTermsOfEqualLengthKeepTheFirstInTheText() {
        assertEquals(List.of("peace talks"), found("en", "peace talks begin", "talks begin", "peace talks"));
    }

    @Test
    void twoTermsAtExactlyTheSamePlaceAreBothFound() {
        TermMatcher matcher = TermMatcher.of("en", List.of(new SearchTerm(7, "troops", false), new SearchTerm(9, "Troops", false)));

        assertEquals(List.of(new TermHit(7, 4, 10, "troops"), new TermHit(9, 4, 10, "troops")),
                matcher.find("The troops"));
    }

    @Test
    void hitsGiveTheirPositionInTheOriginalText() {
        TermMatcher matcher = TermMatcher.of("ru", List.of(new SearchTerm(42, "прекращение огня", false)));

        assertEquals(List.of(new TermHit(42, 3, 19, "прекращения огня")), matcher.find("До прекращения огня."));
    }

    @Test
    void chineseTermsMatchInsideTextWithoutSpaces() {
        assertEquals(List.of("总理", "停火"), found("zh", "国务院总理宣布停火协议。", "总理", "停火"));
    }

    @Test
    void japaneseTermsMatchInsideTextWithoutSpaces() {
        assertEquals(List.of("首相"), found("ja", "日本の首相は停戦を求めた。", "首相"));
    }

    @Test
    void aLatinTermStillNeedsWholeWordsInChineseText() {
        assertEquals(List.of("NATO"), found("zh", "北约NATO的NATOS", "NATO"));
    }

    @Test
    void typographicApostrophesAndYoMatchTheirPlainForms() {
        assertEquals(List.of("minister’s"), found("en", "The minister’s car.", "minister's"));
        assertEquals(List.of("всё"), found("ru", "Это всё.", "все"));
    }

    @Test
    void aTermOfPunctuationOnlyIsLeftOut() {
        assertEquals(List.of(), found("en", "A — B", "—"));
    }
}
