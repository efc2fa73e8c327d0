package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.qa.Findings.assertFinds;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks of the text's shape: empty, unchanged, length, whitespace, repeated words, capitals. */
class TextChecksTest {

    static Stream<Arguments> emptyTargets() {
        return Stream.of(Arguments.of("Troops withdrew.", "", Findings.Expect.ERROR),
                Arguments.of("Troops withdrew.", " \u00A0\n", Findings.Expect.ERROR),
                Arguments.of("Troops withdrew.", null, Findings.Expect.ERROR),
                Arguments.of("Troops withdrew.", "Войска отошли.", Findings.Expect.NONE),
                Arguments.of(" ", "", Findings.Expect.NONE));
    }

    @ParameterizedTest
    @MethodSource("emptyTargets")
    void emptyTarget(String source, String target, Findings.Expect expected) {
        assertFinds(new EmptyTargetCheck(), "en", "ru", source, target, expected);
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | The troops withdrew.          | The troops withdrew.           | WARNING
            en | ru | The troops withdrew.          | Войска отошли.                 | NONE
            en | fa | The troops withdrew.          | The troops withdrew.           | WARNING
            en | zh | budget cuts                   | budget cuts                    | WARNING
            en | zh | Budget                        | Budget                         | NONE
            en | de | NATO                          | NATO                           | NONE
            en | de | Vladimir Putin                | Vladimir Putin                 | NONE
            en | ru | 25,000                        | 25,000                         | NONE
            en | ru | https://verso.org             | https://verso.org              | NONE
            en | zh | user_id                       | user_id                        | NONE
            en | zh | {count} %s                    | {count} %s                     | NONE
            en | en-GB | The troops withdrew.       | The troops withdrew.           | NONE
            """)
    // a capitalised single word passes as a name: "Budget" cannot be told from "Reuters" without a dictionary
    void identical(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new IdenticalCheck(), from, to, source, target, expected);
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | The troops withdrew from the northern border on Monday. | В понедельник войска отошли от северной границы. | NONE
            en | ru | The troops withdrew from the northern border on Monday. | Войска.                                          | WARNING
            en | fa | The troops withdrew from the northern border on Monday. | نیروها روز دوشنبه از مرز شمالی عقب‌نشینی کردند.   | NONE
            en | zh | The troops withdrew from the northern border on Monday. | 部队周一从北部边境撤出。                          | NONE
            en | zh | The troops withdrew from the northern border on Monday. | 部队周一从北部边境撤出。部队周一从北部边境撤出。部队周一从北部边境撤出。部队周一从北部边境撤出。部队周一从北部边境撤出。 | WARNING
            en | de | The troops withdrew from the northern border on Monday. | Die Truppen zogen sich am Montag von der Nordgrenze zurück. | NONE
            en | de | The troops withdrew from the northern border on Monday. | Truppen weg.                                     | WARNING
            en | de | Troops withdrew.                                        | Die Truppen haben sich zurückgezogen, heißt es aus dem Ministerium. | NONE
            """)
    void lengthRatio(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new LengthRatioCheck(), from, to, source, target, expected);
    }

    static Stream<Arguments> whitespace() {
        return Stream.of(Arguments.of("Troops withdrew. ", "Войска отошли. ", Findings.Expect.NONE),
                Arguments.of("Troops withdrew. ", "Войска отошли.", Findings.Expect.WARNING),
                Arguments.of("Troops withdrew.", " Войска отошли.", Findings.Expect.WARNING),
                Arguments.of("\nTroops withdrew.", "\nنیروها عقب‌نشینی کردند.", Findings.Expect.NONE),
                Arguments.of("Troops withdrew.\n", "部队撤退了。 ", Findings.Expect.WARNING));
    }

    @ParameterizedTest
    @MethodSource("whitespace")
    void leadingAndTrailingWhitespace(String source, String target, Findings.Expect expected) {
        assertFinds(new WhitespaceCheck(), "en", "ru", source, target, expected);
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | Troops withdrew.          | `Войска  отошли.`           | WARNING
            en | ru | Troops withdrew.          | Войска отошли.              | NONE
            en | ru | `Troops  withdrew.`       | `Войска  отошли.`           | NONE
            en | fa | Troops withdrew.          | `نیروها  عقب‌نشینی کردند.`   | WARNING
            en | de | Troops withdrew.          | `Truppen\u00A0\u00A0zogen ab.` | WARNING
            """)
    void doubleSpace(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new DoubleSpaceCheck(), from, to, source, target, expected);
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | en | Troops withdrew.             | The the troops withdrew.      | WARNING
            en | ru | Troops and tanks withdrew.   | Войска и и танки отошли.      | WARNING
            en | ru | Troops and tanks withdrew.   | Войска и танки отошли.        | NONE
            en | ru | It was very very cold.       | Было очень очень холодно.     | NONE
            en | ru | Well, well, he said.         | Ну, ну, сказал он.            | NONE
            en | fa | Troops withdrew.             | نیروها نیروها عقب‌نشینی کردند. | WARNING
            en | de | Troops withdrew.             | Die die Truppen zogen ab.     | WARNING
            en | zh | Troops withdrew.             | 部队部队撤退了。               | NONE
            """)
    void repeatedWords(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new RepeatedWordsCheck(), from, to, source, target, expected);
    }

    @ParameterizedTest(name = "{0}→{1}: {3} ⇒ {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | ru | Troops withdrew.             | войска отошли.                 | WARNING
            en | ru | Troops withdrew.             | Войска отошли.                 | NONE
            en | ru | "Troops withdrew," he said.  | «Войска отошли», — сказал он.  | NONE
            en | ru | "Troops withdrew," he said.  | «войска отошли», — сказал он.  | WARNING
            en | ru | 25,000 troops withdrew.      | 25 000 военных отошли.         | NONE
            en | ru | On May 9, troops withdrew.   | 9 мая войска отошли.           | NONE
            en | ru | troops withdrew.             | войска отошли.                 | NONE
            en | fa | Troops withdrew.             | نیروها عقب‌نشینی کردند.         | NONE
            en | zh | Troops withdrew.             | 部队撤退了。                    | NONE
            en | de | Troops withdrew.             | die Truppen zogen ab.          | WARNING
            en | es | Did troops withdraw?         | ¿Se retiraron las tropas?      | NONE
            en | ka | Troops withdrew.             | ჯარები გავიდნენ.                | NONE
            """)
    void capitalization(String from, String to, String source, String target, Findings.Expect expected) {
        assertFinds(new CapitalizationCheck(), from, to, source, target, expected);
    }

    @Test
    void inconsistencyQuotesAtMostTwoOtherTranslations() {
        QaContext context = new QaContext("en", "ru", List.of(), List.of("Войска отошли.", "Войска  ушли.",
                "Армия отошла.", "Войска ушли."));
        assertEquals(List.of(new QaIssue("inconsistency", Severity.WARNING,
                "Translated differently elsewhere: “Войска отошли.”, “Войска ушли.” and 1 more.")),
                new InconsistencyCheck().check("Troops withdrew.", "Военные отошли.", context));
    }

    static Stream<Arguments> inconsistency() {
        return Stream.of(Arguments.of(List.of(), "Войска отошли.", Findings.Expect.NONE),
                Arguments.of(List.of("Войска  отошли. "), "Войска отошли.", Findings.Expect.NONE),
                Arguments.of(List.of("Войска ушли.", "Войска отошли."), "Войска отошли.", Findings.Expect.NONE),
                Arguments.of(List.of("Войска ушли."), "Войска отошли.", Findings.Expect.WARNING),
                Arguments.of(List.of("نیروها رفتند."), "نیروها عقب‌نشینی کردند.", Findings.Expect.WARNING));
    }

    @ParameterizedTest
    @MethodSource("inconsistency")
    void inconsistency(List<String> others, String target, Findings.Expect expected) {
        assertFinds(new InconsistencyCheck(), new QaContext("en", "ru", List.of(), others), "Troops withdrew.",
                target, expected);
    }
}
