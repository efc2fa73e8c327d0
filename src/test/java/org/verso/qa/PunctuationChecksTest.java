package org.verso.qa;

import static org.verso.qa.Findings.assertFinds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of marks: end punctuation, brackets, quotes. */
class PunctuationChecksTest {

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | The troops withdrew.                 | Войска отошли.                      | NONE
            en | ru | The troops withdrew.                 | Войска отошли                       | WARNING
            en | ru | Did the troops withdraw?             | Войска отошли?                      | NONE
            en | ru | Did the troops withdraw?             | Войска отошли.                      | WARNING
            en | ru | He said: "We will stay."             | Он сказал: «Мы останемся».          | NONE
            en | ru | He said: "We will stay."             | Он сказал: «Мы останемся»           | WARNING
            en | ru | The budget, in figures               | Бюджет в цифрах                     | NONE
            en | ru | The budget, in figures               | Бюджет в цифрах.                    | WARNING
            en | ru | Talks continue...                    | Переговоры продолжаются…            | NONE
            en | ru | The minister listed three reasons:   | Министр назвал три причины:         | NONE
            en | fa | Did the troops withdraw?             | آیا نیروها عقب‌نشینی کردند؟          | NONE
            en | fa | Did the troops withdraw?             | آیا نیروها عقب‌نشینی کردند?          | WARNING
            en | fa | The troops withdrew.                 | نیروها عقب‌نشینی کردند.              | NONE
            en | ur | The troops withdrew.                 | فوجیں پیچھے ہٹ گئیں۔                 | NONE
            en | zh | The troops withdrew.                 | 部队撤退了。                         | NONE
            en | zh | The troops withdrew.                 | 部队撤退了.                          | WARNING
            en | zh | Did the troops withdraw?             | 部队撤退了吗？                       | NONE
            en | zh | Stop the war!                        | 停止战争！                           | NONE
            en | zh | Did the troops withdraw?             | 部队撤退了吗                         | WARNING
            en | de | Did the troops withdraw?             | Haben sich die Truppen zurückgezogen? | NONE
            en | de | Stop the war!                        | Stoppt den Krieg.                   | WARNING
            en | es | Did the troops withdraw?             | ¿Se retiraron las tropas?           | NONE
            en | th | The troops withdrew.                 | ทหารถอนกำลังแล้ว                      | NONE
            en | ru | Read the <1>report</1>.<2/>          | Прочтите <1>доклад</1>.             | NONE
            en | ru | Read the <1>report.</1>              | Прочтите <1>доклад</1>.             | NONE
            en | fa | “Why now?” he asked.                 | او پرسید: «چرا حالا؟»               | NONE
            en | fa | Why now, he asked.                   | او پرسید: «چرا حالا؟»               | WARNING
            en | ru | Read the <1>report.</1>              | Прочтите <1>доклад</1>              | WARNING
            """)
    void endPunctuation(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new EndPunctuationCheck(), from, to, source, target, expected);
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | The UN (United Nations) met.           | ООН (Организация Объединённых Наций) собралась. | NONE
            en | ru | The UN (United Nations) met.           | ООН (Организация Объединённых Наций собралась.  | ERROR
            en | ru | The UN (United Nations) met.           | ООН )Организация Объединённых Наций( собралась. | ERROR
            en | ru | 1) Troops leave.                       | 1) Войска уходят.                               | NONE
            en | fa | The budget [in rials] grew.            | بودجه [به ریال] افزایش یافت.                    | NONE
            en | fa | The budget [in rials] grew.            | بودجه [به ریال افزایش یافت.                     | ERROR
            en | zh | The UN (United Nations) met.           | 联合国（United Nations）举行了会议。              | NONE
            en | zh | The UN (United Nations) met.           | 联合国（United Nations举行了会议。               | ERROR
            en | de | Set {count} units.                     | Setze {count} Einheiten.                        | NONE
            en | de | Set {count} units.                     | Setze {count Einheiten.                         | ERROR
            """)
    void brackets(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new BracketsCheck(), from, to, source, target, expected);
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | He called it "a victory".              | Он назвал это «победой».                 | NONE
            en | ru | He called it "a victory".              | Он назвал это «победой.                  | WARNING
            en | ru | He called it "a victory".              | Он назвал это победой.                   | WARNING
            en | ru | He called it “a victory”.              | Он назвал это „победой“.                 | NONE
            en | de | He called it “a victory”.              | Er nannte es „einen Sieg“.               | NONE
            en | de | He called it “a victory”.              | Er nannte es „einen Sieg.                | WARNING
            en | de | He called it “a victory”.              | Er nannte es »einen Sieg«.               | NONE
            en | fa | He called it "a victory".              | او آن را «پیروزی» نامید.                 | NONE
            en | fa | He called it "a victory".              | او آن را «پیروزی نامید.                  | WARNING
            en | zh | He called it "a victory".              | 他称之为“胜利”。                          | NONE
            en | zh | He called it "a victory".              | 他称之为「胜利」。                        | NONE
            en | zh | He called it "a victory".              | 他称之为「胜利。                          | WARNING
            en | en-GB | The wall is 5'10" high.             | The wall is 5'10" high.                  | NONE
            en | ru | The minister's speech.                 | Речь министра.                           | NONE
            en | ru | “The talks will go on,” he said. “We | «Переговоры продолжатся», — сказал он. «Мы | NONE
            en | ru | will not give up.”                     | не сдадимся».                            | NONE
            en | ru | “We will meet again                    | «Мы встретимся снова                     | NONE
            en | ru | “We will meet again”                   | «Мы встретимся снова                     | WARNING
            en | de | The talks, “he said, will go on        | Die Gespräche, „sagte er, gehen weiter   | NONE
            """)
    void quotes(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new QuotesCheck(), from, to, source, target, expected);
    }
}
