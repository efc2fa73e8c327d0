package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.qa.Findings.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of what must pass through untranslated: placeholders, inline codes, URLs and e-mail addresses. */
class CodeChecksTest {

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | %d troops arrived in %s.               | В %s прибыли %d военных.                | NONE
            en | ru | %d troops arrived in %s.               | В %s прибыли военные.                   | ERROR
            en | ru | %1$s met %2$s.                         | %2$s встретился с %1$s.                  | NONE
            en | ru | Turnout rose 25% in {region}.          | Явка выросла на 25 % в {region}.         | NONE
            en | ru | Turnout rose 25% in {region}.          | Явка выросла на 25 % в {регион}.         | ERROR
            en | fa | Hello, {{name}}!                       | سلام، {{ name }}!                        | NONE
            en | fa | Hello, {{name}}!                       | سلام، name!                              | ERROR
            en | fa | Read <1>the full report</1> here.      | <1>گزارش کامل</1> را اینجا بخوانید.      | NONE
            en | fa | Read <1>the full report</1> here.      | <1>گزارش کامل را اینجا بخوانید.          | ERROR
            en | zh | Press {0} to save.<2/>                 | 按{0}保存。<2/>                          | NONE
            en | zh | Press {0} to save.<2/>                 | 按{0}保存。                              | ERROR
            en | zh | Set $HOME or ${path}.                  | 设置$HOME或${path}。                      | NONE
            en | de | Set $HOME or ${path}.                  | Setze $HOME oder ${pfad}.                | ERROR
            en | de | The budget is $5 million.              | Der Haushalt beträgt 5 Mio. $.           | NONE
            en | de | Read <1>the report</1>.                | Lies <1>den Bericht</1> <1>jetzt</1>.     | ERROR
            """)
    void placeholders(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new PlaceholdersCheck(), from, to, source, target, expected);
    }

    @Test
    void namesTheMissingPlaceholder() {
        assertEquals(List.of(new QaIssue("placeholders", Severity.ERROR, "The placeholder %s is missing from the translation.")),
                new PlaceholdersCheck().check("%d troops in %s.", "%d военных.", QaContext.of("en", "ru")));
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | Details at https://verso.org/news?id=5.      | Подробности на https://verso.org/news?id=5.    | NONE
            en | ru | Details at https://verso.org/news?id=5.      | Подробности на https://verso.org/news?id=6.    | ERROR
            en | ru | Write to press@verso.org today.              | Пишите на press@verso.org сегодня.             | NONE
            en | ru | Write to press@verso.org today.              | Пишите на пресс@verso.org сегодня.             | ERROR
            en | fa | See www.un.org for the text.                 | متن را در www.un.org ببینید.                   | NONE
            en | fa | See www.un.org for the text.                 | متن را در سایت سازمان ملل ببینید.              | ERROR
            en | zh | See https://en.wikipedia.org/wiki/Kyiv_(city). | 见https://en.wikipedia.org/wiki/Kyiv_(city)。 | NONE
            en | zh | Visit https://verso.org now.                 | 请立即访问https://verso.org了解。              | NONE
            en | de | Visit ftp://files.verso.org/pub.             | Besuchen Sie ftp://files.verso.org/pub.        | NONE
            en | de | Visit ftp://files.verso.org/pub.             | Besuchen Sie ftp://files.verso.org.            | ERROR
            """)
    void urlsAndEmails(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new UrlsEmailsCheck(), from, to, source, target, expected);
    }
}
