package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Abbreviations that can end a sentence, per bundled language (issue 21): followed by a capitalised word they end it,
 * unless what follows makes them sentence-internal (a time that opens the sentence, a time zone, a town after "г.").
 * And a full stop with no space after it is no sentence end inside a dotted name. Expected segments are separated by
 * " // ". All sentences are Verso's own.
 */
class SentenceFinalAbbreviationTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Polls closed at 8 p.m. Turnout was high.               | Polls closed at 8 p.m. // Turnout was high.
            en | It rained at 8 p.m. Mr. Smith left early.             | It rained at 8 p.m. // Mr. Smith left early.
            en | He left at 6 P.M. Mr. Smith stayed.                   | He left at 6 P.M. // Mr. Smith stayed.
            en | At 5 a.m. Mr. Smith went to the bank.                 | At 5 a.m. Mr. Smith went to the bank.
            en | Polls closed at 8 p.m. Moscow time on Sunday.         | Polls closed at 8 p.m. Moscow time on Sunday.
            en | Doors open at 7 p.m. Friday and close late.           | Doors open at 7 p.m. Friday and close late.
            en | The talks end at 9 a.m. GMT tomorrow.                 | The talks end at 9 a.m. GMT tomorrow.
            en | Prices rose at 9 a.m. on Monday.                      | Prices rose at 9 a.m. on Monday.
            en | Cuts hit electricity, etc. Fuel, grain and water are short. | Cuts hit electricity, etc. // Fuel, grain and water are short.
            en | The lab sells kits, reagents, etc. and ships them.    | The lab sells kits, reagents, etc. and ships them.
            en | It extends {net.Socket} now.                          | It extends {net.Socket} now.
            en | Use pyparsing.testing.TestParseResultsAsserts here.   | Use pyparsing.testing.TestParseResultsAsserts here.
            en | See example.org for the 3.5 notes on U.S.-led talks.  | See example.org for the 3.5 notes on U.S.-led talks.
            ru | Указ подписан 20 февраля 2002 г. Церемония прошла в Кремле. | Указ подписан 20 февраля 2002 г. // Церемония прошла в Кремле.
            ru | В 1991 г. Ельцин стал президентом.                    | В 1991 г. Ельцин стал президентом.
            ru | Он родился в г. Тверь и жил там.                      | Он родился в г. Тверь и жил там.
            ru | Продают хлеб, молоко и т. д. Основным товаром остаётся хлеб. | Продают хлеб, молоко и т. д. // Основным товаром остаётся хлеб.
            ru | Продают хлеб, молоко и т. п. Рынок закрыт.            | Продают хлеб, молоко и т. п. // Рынок закрыт.
            ru | Выступили Иванов, Петров и др. Выводы будут позже.    | Выступили Иванов, Петров и др. // Выводы будут позже.
            ru | Продают хлеб, молоко и т. д. и т. п.                  | Продают хлеб, молоко и т. д. и т. п.
            uk | Указ підписано 20 лютого 2002 р. Церемонія пройшла в Києві. | Указ підписано 20 лютого 2002 р. // Церемонія пройшла в Києві.
            uk | У 1991 р. Кравчук став президентом.                   | У 1991 р. Кравчук став президентом.
            uk | Продають хліб, молоко і т. д. Основним товаром є хліб. | Продають хліб, молоко і т. д. // Основним товаром є хліб.
            de | Wir kaufen Brot, Milch usw. Danach gehen wir heim.    | Wir kaufen Brot, Milch usw. // Danach gehen wir heim.
            de | Er kam am 12. Juni zurück.                            | Er kam am 12. Juni zurück.
            fr | On vend du pain, du lait, etc. Le marché ferme tôt.   | On vend du pain, du lait, etc. // Le marché ferme tôt.
            es | Venden pan, leche, etc. El mercado cierra pronto.     | Venden pan, leche, etc. // El mercado cierra pronto.
            it | Vendono pane, latte ecc. Il mercato chiude presto.    | Vendono pane, latte ecc. // Il mercato chiude presto.
            pt | Vendem pão, leite etc. O mercado fecha cedo.          | Vendem pão, leite etc. // O mercado fecha cedo.
            nl | Ze verkopen brood, melk enz. De markt sluit vroeg.    | Ze verkopen brood, melk enz. // De markt sluit vroeg.
            pl | Sprzedają chleb, mleko itd. Targ zamyka się wcześnie. | Sprzedają chleb, mleko itd. // Targ zamyka się wcześnie.
            pl | Sprzedają chleb, mleko itp. Targ zamyka się wcześnie. | Sprzedają chleb, mleko itp. // Targ zamyka się wcześnie.
            tr | Ekmek, süt vb. Market erken kapanır.                  | Ekmek, süt vb. // Market erken kapanır.
            """)
    void abbreviationEndsTheSentenceOnlyWhereTheNextWordStartsOne(String language, String text, String expected) {
        List<String> sentences = Arrays.asList(expected.split(" // "));
        assertEquals(sentences, Segmenters.forLanguage(language).split(text));
    }
}
