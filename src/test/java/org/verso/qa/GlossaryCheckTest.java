package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.qa.Findings.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verso.terms.TermStatus;

class GlossaryCheckTest {

    private static final List<GlossaryTerm> TERMS = List.of(
            new GlossaryTerm("troops", "войска", TermStatus.PREFERRED, false),
            new GlossaryTerm("troops", "военные", TermStatus.ADMITTED, false),
            new GlossaryTerm("troops", "солдатня", TermStatus.FORBIDDEN, false),
            new GlossaryTerm("troops", "نیروها", TermStatus.PREFERRED, false),
            new GlossaryTerm("troops", "部队", TermStatus.PREFERRED, false),
            new GlossaryTerm("troops", "Truppen", TermStatus.PREFERRED, true),
            new GlossaryTerm("ceasefire", "прекращение огня", TermStatus.PREFERRED, false),
            new GlossaryTerm("ceasefire", "Waffenruhe", TermStatus.PREFERRED, false),
            new GlossaryTerm("ceasefire", "Feuerpause", TermStatus.FORBIDDEN, false),
            new GlossaryTerm("ceasefire", "آتش‌بس", TermStatus.PREFERRED, false),
            new GlossaryTerm("ceasefire", "停火", TermStatus.PREFERRED, false),
            new GlossaryTerm("UN", "ООН", TermStatus.PREFERRED, true));

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | The troops withdrew.                      | Армия отошла.                                   | WARNING
            en | ru | The troops withdrew.                      | Войска отошли, военные тоже.                     | NONE
            en | ru | The troop withdrew.                       | Войска отошли.                                  | NONE
            en | ru | Troops crossed the border.                | Границу пересекли войска.                        | NONE
            en | ru | Troops crossed the border.                | Границу пересекли войсками.                      | NONE
            en | ru | Troops were seen.                         | Военных видели у границы.                        | NONE
            en | ru | Troops were seen.                         | Солдатню видели у границы.                       | ERROR
            en | ru | Troops were seen.                         | Бойцов видели у границы.                         | WARNING
            en | ru | The ceasefire holds.                      | Режим прекращения огня соблюдается.             | NONE
            en | ru | The ceasefire holds.                      | Перемирие соблюдается.                           | WARNING
            en | ru | The UN met.                               | ООН собралась.                                   | NONE
            en | ru | The un met.                               | Собрание прошло.                                 | NONE
            en | fa | Troops withdrew after the ceasefire.     | نیروها پس از آتش‌بس عقب‌نشینی کردند.              | NONE
            en | fa | Troops withdrew after the ceasefire.     | سربازان پس از آتش‌بس عقب‌نشینی کردند.             | WARNING
            en | fa | Troops and the ceasefire.                 | نیروهای آتش‌بس                                   | NONE
            en | zh | Troops withdrew after the ceasefire.     | 停火后部队撤退了。                                | NONE
            en | zh | Troops withdrew after the ceasefire.     | 停火后军队撤退了。                                | WARNING
            en | de | The troops respect the ceasefire.        | Die Truppen respektieren die Waffenruhe.         | NONE
            en | de | The troops respect the ceasefire.        | Die truppen respektieren die Waffenruhe.         | WARNING
            en | de | The troops respect the ceasefire.        | Die Truppen respektieren die Feuerpause.         | ERROR
            en | de | The troops respect the ceasefire.        | Die Truppen respektieren die Waffenruhen.        | NONE
            en | de | Nobody respects the truce.               | Niemand respektiert die Feuerpause.              | NONE
            """)
    void findsTermsAsWholeWordsToleratingInflectionInTheTarget(String from, String to, String source, String target,
            Findings.Expect expected) {
        assertFinds(new GlossaryCheck(), new QaContext(from, to, TERMS, List.of()), source, target, expected);
    }

    @Test
    void namesTheTermAndItsTranslations() {
        assertEquals(List.of(new QaIssue("glossary", Severity.WARNING,
                "The term “ceasefire” should be translated as “прекращение огня” (glossary).")),
                new GlossaryCheck().check("The ceasefire holds.", "Перемирие соблюдается.",
                        new QaContext("en", "ru", TERMS.subList(6, 7), List.of())));
    }

    @Test
    void aForbiddenNameIsNotFoundInsideTheCorrectOne() {
        List<GlossaryTerm> names = List.of(new GlossaryTerm("Tajikistan", "Таджикистан", TermStatus.PREFERRED, false),
                new GlossaryTerm("Tajikistan", "Таджикия", TermStatus.FORBIDDEN, false));
        QaContext context = new QaContext("en", "ru", names, List.of());

        assertEquals(List.of(), new GlossaryCheck().check("Tajikistan's army.", "Армия Таджикистана.", context));
        assertEquals(Severity.ERROR, new GlossaryCheck().check("Tajikistan's army.", "Армия Таджикии.", context)
                .get(0).severity());
    }

    @Test
    void aForbiddenTermUsedIsOneFindingNotAlsoTheMissingPreferredOne() {
        List<GlossaryTerm> names = List.of(new GlossaryTerm("Tajikistan", "Таджикистан", TermStatus.PREFERRED, false),
                new GlossaryTerm("Tajikistan", "Таджикия", TermStatus.FORBIDDEN, false));

        List<QaIssue> issues = new GlossaryCheck().check("Tajikistan voted.", "Таджикия проголосовала.",
                new QaContext("en", "ru", names, List.of()));

        assertEquals(List.of(new QaIssue("glossary", Severity.ERROR,
                "The translation uses the forbidden term “Таджикия”; the glossary has “Таджикистан”.")), issues);
    }

    @Test
    void aChangedGlossaryIsNotAnsweredFromTheOneBefore() {
        GlossaryCheck check = new GlossaryCheck();
        QaContext before = new QaContext("en", "ru", TERMS.subList(6, 7), List.of());
        QaContext after = new QaContext("en", "ru", TERMS.subList(0, 1), List.of());

        assertEquals(1, check.check("The ceasefire holds.", "Перемирие соблюдается.", before).size());
        assertEquals(List.of(), check.check("The ceasefire holds.", "Перемирие соблюдается.", after));
    }
}
