package org.verso.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The matching rules in one table, for the editor's marks and the glossary check alike: a term (case-sensitive
     * when the third column says {@code cs}) and what it finds in a text, in text order; "-" for nothing.
     */
    @ParameterizedTest(name = "{0} «{1}» in «{3}» ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | войска           |    | Перед войсками не было войск. Войска ушли.   | войсками; войск; Войска
            ru | военные          |    | Военных видели, военнослужащих нет.          | Военных
            ru | прекращение огня |    | Режим прекращения огня соблюдается.          | прекращения огня
            ru | армия            |    | Армии, армией, армий; армейский.             | Армии; армией; армий
            ru | все              |    | Это всё.                                     | всё
            ru | Таджикия         |    | Таджикистан и власти Таджикистана.           | -
            ru | Таджикия         |    | Таджики и таджикский язык.                   | -
            ru | Таджикия         |    | Из Таджикии, с Таджикией.                    | Таджикии; Таджикией
            ru | Туркмения        |    | Туркменистан, Туркменистана, туркмены.       | -
            ru | Туркмения        |    | В Туркмении.                                 | Туркмении
            ru | таджики          |    | Таджиков и Таджикия.                         | Таджиков
            uk | війська          |    | Перед військами не було військ.              | військами; військ
            pl | wojsko           |    | Wojska i wojskami.                           | Wojska; wojskami
            tg | қӯшун            |    | Ҳукумат қӯшунҳоро хонд.                      | қӯшунҳоро
            tr | Türkiye          |    | Türkiye'nin ve Türkiye'de.                   | Türkiye'nin; Türkiye'de
            de | Waffenruhe       |    | Die Waffenruhen halten.                      | Waffenruhen
            de | Soldaten         |    | Ein Soldat und zwei Soldaten.                | Soldat; Soldaten
            de | Truppen          | cs | Die Truppen, die truppen.                    | Truppen
            en | troops           |    | One troop, then Troops, then TROOPS.         | troop; Troops; TROOPS
            en | troop            |    | The troops and the troop's flag.             | troops; troop's
            en | church           |    | Two churches.                                | churches
            en | crisis           |    | Two crises.                                  | -
            en | minister         |    | A ministerial meeting.                       | -
            en | war              |    | The war, the wars, a warden.                 | war
            en | news             |    | The newsroom and newspaper staff.            | -
            en | US               | cs | Tell us what the US said; us again.          | US
            en | minister's       |    | The minister’s car.                          | minister’s
            en | ceasefire        |    | (ceasefire) «Ceasefire!» "ceasefire"         | ceasefire; Ceasefire; ceasefire
            en | prime minister   |    | The Prime Minister met former prime  ministers. | Prime Minister; prime  ministers
            en | prime minister   |    | A prime, minister-like figure.               | -
            en | —                |    | A — B                                        | -
            es | ministro         |    | Los ministros y la ministra.                 | ministros; ministra
            pt | eleição          |    | As eleições.                                 | eleições
            fa | وزیر             |    | وزیر و وزیران                                | وزیر
            fa | آتش‌بس            |    | پس از آتش‌بس                                  | آتش‌بس
            zh | 总理             |    | 国务院总理宣布停火协议。                     | 总理
            ja | 首相             |    | 日本の首相は停戦を求めた。                   | 首相
            zh | NATO             |    | 北约NATO的NATOS                              | NATO
            th | หยุดยิง           |    | รัฐบาลประกาศหยุดยิงแล้ว                        | หยุดยิง
            """)
    void findsATermAsTheLanguageInflectsIt(String language, String term, String caseSensitive, String text,
            String expected) {
        TermMatcher matcher = TermMatcher.of(language, List.of(new SearchTerm(1, term, "cs".equals(caseSensitive))));

        List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split("; "));
        assertEquals(wanted, matched(matcher, text));
    }

    @Test
    void aMultiWordTermMatchesAcrossALineBreak() {
        assertEquals(List.of("prime\n  ministers"), found("en", "Former prime\n  ministers.", "prime minister"));
    }

    @Test
    void theLongestOfOverlappingTermsWins() {
        assertEquals(List.of("prime minister", "minister"),
                found("en", "The prime minister and the minister.", "minister", "prime minister"));
    }

    @Test
    void presentAlsoNamesTermsInsideLongerOnes() {
        TermMatcher matcher = TermMatcher.of("en", List.of(new SearchTerm(1, "minister", false),
                new SearchTerm(2, "prime minister", false), new SearchTerm(3, "troops", false)));

        assertEquals(Set.of(1L, 2L), matcher.present("The prime minister spoke."));
    }

    @Test
    void overlappingTermsOfEqualLengthKeepTheFirstInTheText() {
        assertEquals(List.of("peace talks"), found("en", "peace talks begin", "talks begin", "peace talks"));
    }

    @Test
    void twoTermsAtExactlyTheSamePlaceAreBothFound() {
        TermMatcher matcher = TermMatcher.of("en", List.of(new SearchTerm(7, "troops", false),
                new SearchTerm(9, "Troops", false)));

        assertEquals(List.of(new TermHit(7, 4, 10, "troops"), new TermHit(9, 4, 10, "troops")),
                matcher.find("The troops"));
    }

    @Test
    void hitsGiveTheirPositionInTheOriginalText() {
        TermMatcher matcher = TermMatcher.of("ru", List.of(new SearchTerm(42, "прекращение огня", false)));

        assertEquals(List.of(new TermHit(42, 3, 19, "прекращения огня")), matcher.find("До прекращения огня."));
    }

    @Test
    void noLanguageAndNoTextFindNothingAndThrowNothing() {
        TermMatcher matcher = TermMatcher.of(null, List.of(new SearchTerm(1, "troops", false)));

        assertEquals(List.of(), matcher.find(null));
        assertEquals(List.of("troops"), matched(matcher, "The troops."));
    }
}
