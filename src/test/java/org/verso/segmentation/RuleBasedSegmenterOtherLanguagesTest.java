package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Language-specific rules beyond English: abbreviations, quotes, and scripts without spaces or case. */
class RuleBasedSegmenterOtherLanguagesTest {

    private static void assertSentences(String language, String paragraph, String... expected) {
        assertEquals(List.of(expected), Segmenters.forLanguage(language).split(paragraph));
    }

    @Test
    void russianThatIsAbbreviationDoesNotEndASentence() {
        assertSentences("ru", "Выборы перенесли на осень, т. е. Дума соберётся позже.",
                "Выборы перенесли на осень, т. е. Дума соберётся позже.");
    }

    @Test
    void russianEtceteraBeforeATypicalOpenerEndsASentence() {
        assertSentences("ru", "На складе были мука, сахар, соль и т. д. Однако воды не было.",
                "На складе были мука, сахар, соль и т. д.", "Однако воды не было.");
    }

    @Test
    void russianStreetAbbreviationDoesNotEndASentence() {
        assertSentences("ru", "Пожар начался на ул. Садовой вечером.", "Пожар начался на ул. Садовой вечером.");
    }

    @Test
    void russianYearAbbreviationBeforeATypicalOpenerEndsASentence() {
        assertSentences("ru", "Завод закрыли в 1998 г. Он так и стоит пустым.", "Завод закрыли в 1998 г.",
                "Он так и стоит пустым.");
    }

    @Test
    void russianInitialsDoNotEndASentence() {
        assertSentences("ru", "Музей имени А. С. Пушкина открылся снова. Очередь стояла до вечера.",
                "Музей имени А. С. Пушкина открылся снова.", "Очередь стояла до вечера.");
    }

    @Test
    void russianClosingGuillemetStaysWithTheSentence() {
        assertSentences("ru", "Он ответил: «Нет!» Потом ушёл.", "Он ответил: «Нет!»", "Потом ушёл.");
    }

    @Test
    void germanOrdinalDateDoesNotEndASentence() {
        assertSentences("de", "Die Wahl findet am 3. Oktober statt.", "Die Wahl findet am 3. Oktober statt.");
    }

    @Test
    void germanZumBeispielDoesNotEndASentence() {
        assertSentences("de", "Manche Länder, z. B. Österreich, warten ab.", "Manche Länder, z. B. Österreich, warten ab.");
    }

    @Test
    void frenchMonsieurDoesNotEndASentenceEvenBeforeAnArticle() {
        assertSentences("fr", "Hier, M. Le Goff a démissionné.", "Hier, M. Le Goff a démissionné.");
    }

    @Test
    void frenchSpacedQuestionMarkEndsASentence() {
        assertSentences("fr", "Pourquoi maintenant ? Personne ne le sait.", "Pourquoi maintenant ?", "Personne ne le sait.");
    }

    @Test
    void frenchClosingGuillemetAfterASpaceStaysWithTheSentence() {
        assertSentences("fr", "Elle a répondu : « Jamais. » Puis elle est partie.", "Elle a répondu : « Jamais. »",
                "Puis elle est partie.");
    }

    @Test
    void frenchParExempleDoesNotEndASentence() {
        assertSentences("fr", "Certaines villes, p. ex. Lyon, ont voté contre.", "Certaines villes, p. ex. Lyon, ont voté contre.");
    }

    @Test
    void germanNumberAbbreviationBeforeADigitDoesNotEndASentence() {
        assertSentences("de", "Der Antrag Nr. 12 wurde abgelehnt.", "Der Antrag Nr. 12 wurde abgelehnt.");
    }

    @Test
    void spanishTwoWordAbbreviationDoesNotEndASentenceAfterItsFirstWord() {
        assertSentences("es", "Ayer EE. UU. cerró la frontera.", "Ayer EE. UU. cerró la frontera.");
    }

    @Test
    void spanishInvertedQuestionMarkStartsASentence() {
        assertSentences("es", "Nadie contestó. ¿Dónde estaba el alcalde?", "Nadie contestó.", "¿Dónde estaba el alcalde?");
    }

    @Test
    void chineseFullStopEndsASentenceWithoutASpace() {
        assertSentences("zh", "洪水冲毁了大桥。救援队今天抵达。", "洪水冲毁了大桥。", "救援队今天抵达。");
    }

    @Test
    void chineseMarkInsideTitleBracketsDoesNotEndASentence() {
        assertSentences("zh", "他推荐了《快跑！孩子》这本书。大家都读了。", "他推荐了《快跑！孩子》这本书。", "大家都读了。");
    }

    @Test
    void chineseMarkInsideQuotationDoesNotEndASentence() {
        assertSentences("zh", "部长说：“我们会重建。”然后离开了。", "部长说：“我们会重建。”然后离开了。");
    }

    @Test
    void japaneseQuestionMarkEndsASentenceWithoutASpace() {
        assertSentences("ja", "誰が決めたのですか？答えはありません。", "誰が決めたのですか？", "答えはありません。");
    }

    @Test
    void arabicQuestionMarkEndsASentenceBeforeACaselessLetter() {
        assertSentences("ar", "هل انتهت المحادثات؟ لا أحد يعرف.", "هل انتهت المحادثات؟", "لا أحد يعرف.");
    }
}
