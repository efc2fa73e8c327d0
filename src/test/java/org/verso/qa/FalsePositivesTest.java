package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.verso.terms.TermStatus;

/**
 * A correct translation passes clean: every check over every segment of real, correctly translated news articles
 * (docs/qa.md, "Checks that don't cry wolf"), with a glossary that holds the traps (a forbidden short name inside
 * the preferred one). The wrong rows at the end prove the checks still look.
 */
class FalsePositivesTest {

    /** The pair's glossary, per target language: the country names and two common words of the article. */
    static final Map<String, List<GlossaryTerm>> GLOSSARY = Map.of(
            "ru", List.of(preferred("Tajikistan", "Таджикистан"), forbidden("Tajikistan", "Таджикия"),
                    preferred("Turkmenistan", "Туркменистан"), forbidden("Turkmenistan", "Туркмения"),
                    preferred("pipeline", "газопровод"), preferred("agreement", "соглашение")),
            "tg", List.of(preferred("Tajikistan", "Тоҷикистон"), preferred("Turkmenistan", "Туркманистон"),
                    preferred("pipeline", "қубур"), preferred("agreement", "созишнома")),
            "fa", List.of(preferred("Tajikistan", "تاجیکستان"), preferred("Turkmenistan", "ترکمنستان"),
                    preferred("pipeline", "خط لوله"), preferred("agreement", "قرارداد")),
            "uz", List.of(preferred("Tajikistan", "Tojikiston"), preferred("Turkmenistan", "Turkmaniston"),
                    preferred("pipeline", "quvur"), preferred("agreement", "bitim")));

    static Stream<Arguments> correctPairs() {
        List<Arguments> rows = new ArrayList<>();
        for (TranslatedArticle article : TranslatedArticle.all()) {
            List<TranslatedArticle.Pair> pairs = article.pairs();
            for (int i = 0; i < pairs.size(); i++) {
                rows.add(Arguments.of(article.name() + " #" + (i + 1), article.targetLanguage(), pairs.get(i).source(),
                        pairs.get(i).target()));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("correctPairs")
    void noCheckFindsFaultWithACorrectTranslation(String row, String language, String source, String target) {
        List<QaIssue> issues = QaChecks.run(source, target, context(language), null);
        assertEquals(List.of(), issues, () -> row + ": «" + source + "» → «" + target + "»");
    }

    @Test
    void everyLanguageOfTheTableHasItsArticle() {
        List<String> languages = TranslatedArticle.all().stream().map(TranslatedArticle::targetLanguage).toList();
        assertTrue(languages.containsAll(List.of("ru", "tg", "fa", "uz")), languages.toString());
        TranslatedArticle.all().forEach(a -> assertTrue(a.pairs().size() >= 10, a.name()));
    }

    /** Wrong translations of the same article's sentences: each must give exactly the finding named. */
    @ParameterizedTest(name = "{0} «{2}» ⇒ {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Tajikistan and Turkmenistan sign $1.2 billion gas deal | Таджикия и Туркменистан подписали газовую сделку на 1,2 млрд долларов | glossary | ERROR
            ru | In Turkmenistan, the news was met calmly. | В Туркмении новость встретили спокойно. | glossary | ERROR
            ru | The agreement names 1,250,000 households in Tajikistan’s Khatlon and Sughd regions as the first customers. | Первыми потребителями по соглашению станут 1 250 000 домохозяйств в Хатлонской и Согдийской областях Таджикии. | glossary | ERROR
            ru | Prices rose by 7.25% over the same period. | За тот же период цены выросли на 7,52 %. | numbers | ERROR
            ru | Turkmenistan exported 25,000 tonnes of liquefied gas to its neighbour in 2024, up from 18,400 tonnes a year earlier. | В 2024 году Туркменистан поставил соседям 25,000 тонн сжиженного газа против 18 400 тонн годом ранее. | numbers | ERROR
            fa | The pipeline will carry 3.5 billion cubic metres of gas a year. | این خط لوله سالانه ۵٫۳ میلیارد متر مکعب گاز منتقل خواهد کرد. | numbers | ERROR
            uz | Turkmenistan exported 25,000 tonnes of liquefied gas to its neighbour in 2024, up from 18,400 tonnes a year earlier. | 2024-yilda Turkmaniston qoʻshnisiga 25 tonna suyultirilgan gaz eksport qildi, bir yil oldin bu koʻrsatkich 18,4 ming tonna edi. | numbers | ERROR
            ru | Read the <1>full text of the agreement</1> on the ministry’s website.<2/> | Прочитайте <1>полный текст соглашения</1> на сайте министерства. | placeholders | ERROR
            ru | Dr. Rustam Karimov, an energy analyst in Tashkent, called the deal “a quiet revolution” for Central Asia. | Энергетический аналитик из Ташкента доктор Рустам Каримов назвал сделку «тихой революцией для Центральной Азии. | quotes | WARNING
            fa | Will Turkmenistan keep its promises? | آیا ترکمنستان به وعده‌هایش عمل خواهد کرد? | end-punctuation | WARNING
            fa | The agreement names 1,250,000 households in Tajikistan’s Khatlon and Sughd regions as the first customers. | بر اساس این توافق، نخستین مشتریان ۱٬۲۵۰٬۰۰۰ خانوار در استان‌های ختلان و سغد تاجیکستان خواهند بود. | glossary | WARNING
            """)
    void aWrongTranslationStillGetsItsFinding(String language, String source, String target, String check,
                                             Severity severity) {
        List<QaIssue> issues = QaChecks.run(source, target, context(language), null);
        assertEquals(List.of(check + " " + severity), issues.stream().map(i -> i.check() + " " + i.severity()).toList(),
                issues.toString());
    }

    static QaContext context(String language) {
        return new QaContext("en", language, GLOSSARY.get(language), List.of());
    }

    private static GlossaryTerm preferred(String source, String target) {
        return new GlossaryTerm(source, target, TermStatus.PREFERRED, false);
    }

    private static GlossaryTerm forbidden(String source, String target) {
        return new GlossaryTerm(source, target, TermStatus.FORBIDDEN, false);
    }
}
