package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.qa.Findings.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersCheckTest {

    private final NumbersCheck check = new NumbersCheck();

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | Read <1>the report</1> now.           | Прочтите <1>доклад</1> сейчас.          | NONE
            en | ru | Read <1>the report</1> and <2/> now.   | Прочтите <1>доклад</1> сейчас.          | NONE
            en | ru | Read <1>the 24 reports</1> now.        | Прочтите <1>доклады</1> сейчас.         | ERROR
            en | ru | 25,000 troops crossed the border.          | 25 000 военных пересекли границу.            | NONE
            en | ru | 25,000 troops crossed the border.          | 25\u00A0000 военных пересекли границу.       | NONE
            en | ru | 25,000 troops crossed the border.          | 2 500 военных пересекли границу.             | ERROR
            en | ru | 25,000 troops crossed the border.          | 25,000 военных пересекли границу.            | ERROR
            en | ru | Inflation rose to 3.5% in March.           | Инфляция выросла до 3,5 % в марте.           | NONE
            en | ru | Inflation rose to 3.5% in March.           | Инфляция выросла до 5,3 % в марте.           | ERROR
            en | ru | Two soldiers were wounded.                 | Двое военных были ранены.                    | NONE
            en | ru | 2 soldiers were wounded.                   | Двое военных были ранены.                    | WARNING
            en | ru | The 5th brigade left on May 9, 2024.       | Пятая бригада ушла 9 мая 2024 года.          | WARNING
            en | ru | The budget is $4.2 billion.                | Бюджет составляет 4,2 млрд долларов.         | NONE
            en | ru | The budget is $4.2 billion.                | Бюджет составляет 4,7 млрд долларов.         | ERROR
            en | ru | 1,250,000 people voted.                    | Проголосовали 1 250 000 человек.             | NONE
            en | ru | 1,250,000 people voted.                    | Проголосовали 1 250 000 человек из 2 000 000. | ERROR
            en | fa | 25,000 troops crossed the border.          | ۲۵٬۰۰۰ نیرو از مرز عبور کردند.               | NONE
            en | fa | 25,000 troops crossed the border.          | ۲٬۵۰۰ نیرو از مرز عبور کردند.                | ERROR
            en | fa | Inflation reached 3.5% in 2024.            | تورم در سال ۲۰۲۴ به ۳٫۵٪ رسید.               | NONE
            en | fa | Inflation reached 3.5% in 2024.            | تورم در سال ۲۰۲۳ به ۳٫۵٪ رسید.               | ERROR
            en | fa | 25 million people live there.              | ۲۵ میلیون نفر آنجا زندگی می‌کنند.            | NONE
            en | uz | 25,000 people live there.                  | U yerda 25 ming kishi yashaydi.             | NONE
            en | tg | 25,000 people live there.                  | Дар он ҷо 25 ҳазор нафар зиндагӣ мекунанд.   | NONE
            en | uz | 25,000 people live there.                  | U yerda 25 kishi yashaydi.                  | ERROR
            en | ar | 25 soldiers were killed.                   | قُتل ٢٥ جنديًا.                               | NONE
            en | zh | 25,000 troops crossed the border.          | 25,000名士兵越过了边境。                      | NONE
            en | zh | 25,000 troops crossed the border.          | 2.5万名士兵越过了边境。                        | NONE
            en | zh | 25,000 troops crossed the border.          | 2.4万名士兵越过了边境。                        | ERROR
            en | zh | The budget is 25 million dollars.          | 预算为2500万美元。                             | NONE
            en | zh | The vote is on March 12, 2025.             | 投票将于２０２５年３月１２日举行。             | WARNING
            en | zh | The vote is on March 12, 2025.             | 投票将于2025年3月21日举行。                    | ERROR
            en | de | 25,000 troops crossed the border.          | 25.000 Soldaten überquerten die Grenze.      | NONE
            en | de | 25,000 troops crossed the border.          | 25,000 Soldaten überquerten die Grenze.      | ERROR
            en | de | Growth slowed to 2.5 percent.              | Das Wachstum sank auf 2,5 Prozent.           | NONE
            en | de | Growth slowed to 2.5 percent.              | Das Wachstum sank auf 2.500 Prozent.         | ERROR
            en | de | The budget is 1.5 billion euros.           | Der Haushalt beträgt 1,5 Mrd. Euro.          | NONE
            en | de-CH | 25,000 troops crossed the border.       | 25’000 Soldaten überquerten die Grenze.      | NONE
            en | fr | 25,000 troops crossed the border.          | 25\u202F000 soldats ont franchi la frontière. | NONE
            en | hi | 2,500,000 people voted.                    | 25,00,000 लोगों ने मतदान किया।               | NONE
            en | ru | Between 1990 and 2000, 15 reports appeared. | С 1990 по 2000 год вышло 15 докладов.       | NONE
            en | ru | In 2019 25 people were arrested.           | В 2019 году были арестованы 25 человек.      | NONE
            """)
    // "March" becomes 3月: a month written as a word on one side is a small number on the other, so only a warning
    void comparesNumbersByValueAsEachLanguageWritesThem(String from, String to, String source, String target,
            Findings.Expect expected) {
        assertFinds(check, from, to, source, target, expected);
    }

    @Test
    void namesTheMissingNumberAndWhatWasFoundInstead() {
        List<QaIssue> issues = check.check("25,000 troops", "2 500 военных", QaContext.of("en", "ru"));
        assertEquals(List.of(new QaIssue("numbers", Severity.ERROR,
                "The number 25,000 is missing from the translation (found 2 500).")), issues);
    }

    @Test
    void explainsASourceNumberThatReadsDifferentlyInTheTargetLanguage() {
        List<QaIssue> issues = check.check("25,000 troops", "25,000 Soldaten", QaContext.of("en", "de"));
        assertEquals("The number 25,000 is missing from the translation (found 25,000, which reads as 25 in de).",
                issues.get(0).message());
    }

    @Test
    void reportsANumberOnlyTheTranslationHas() {
        List<QaIssue> issues = check.check("Troops crossed the border.", "Границу пересекли 300 военных.",
                QaContext.of("en", "ru"));
        assertEquals(List.of(new QaIssue("numbers", Severity.ERROR,
                "The translation has the number 300, which the source has not.")), issues);
    }
}
