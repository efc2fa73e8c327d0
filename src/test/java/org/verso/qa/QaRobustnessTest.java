package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verso.terms.TermStatus;

/** Input no translator should type, which no check may throw on. */
class QaRobustnessTest {

    private static final int PAIRS = 10_000;
    private static final String ALPHABET = "aZ я Ж۲٬٫,.'’ \u00A0\u202F\u3000%$@{}<>/1()[]«»„“”\"?!؟。？…:;¿¡-_#=\t\n0５٢万millionтыс"
            + "https://www.x@y.org<1></1><2/>{{v}}%1$s${a}\uD83D\uDE00\uD800\uDC00\u200C";
    private static final List<String> LANGUAGES = List.of("en", "ru", "fa", "zh", "de", "pt-BR", "ur", "", "xx-??", "el");

    @Test
    void tenThousandRandomPairsThroughEveryCheckThrowNothing() {
        Random random = new Random(20261128L);
        List<GlossaryTerm> terms = Arrays.asList(new GlossaryTerm("a Z", "я", TermStatus.PREFERRED, false),
                new GlossaryTerm(null, "Ж", TermStatus.FORBIDDEN, true), new GlossaryTerm("x", null, null, false), null);
        for (int i = 0; i < PAIRS; i++) {
            String source = randomText(random);
            String target = randomText(random);
            QaContext context = new QaContext(pick(random), pick(random), terms, Arrays.asList(randomText(random), null));
            for (QaCheck check : QaChecks.all()) {
                assertNotNull(assertDoesNotThrow(() -> check.check(source, target, context),
                        () -> check.id() + " threw on «" + source + "» → «" + target + "»"));
            }
        }
    }

    @Test
    void nullTextAndContextThrowNothing() {
        for (QaCheck check : QaChecks.all()) {
            assertNotNull(assertDoesNotThrow(() -> check.check(null, null, null), check.id()));
            assertNotNull(assertDoesNotThrow(() -> check.check("Troops withdrew.", null, null), check.id()));
            assertNotNull(assertDoesNotThrow(() -> check.check(null, "Войска отошли.", null), check.id()));
        }
    }

    private static String pick(Random random) {
        int i = random.nextInt(LANGUAGES.size() + 1);
        return i == LANGUAGES.size() ? null : LANGUAGES.get(i);
    }

    /** Characters from the alphabet, a random code point now and then, up to 60 long; null once in a while. */
    private static String randomText(Random random) {
        if (random.nextInt(50) == 0) {
            return null;
        }
        int length = random.nextInt(60);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
