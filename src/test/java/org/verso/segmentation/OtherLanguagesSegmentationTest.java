package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Language-specific rules beyond English: abbreviations, quotes, and scripts without spaces or case. */
class OtherLanguagesSegmentationTest {

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

    @Test
    void ukrainianEtceteraBeforeATypicalOpenerEndsASentence() {
        assertSentences("uk", "Привезли борошно, цукор тощо, сіль і т. д. Але води не було.",
                "Привезли борошно, цукор тощо, сіль і т. д.", "Але води не було.");
    }

    @Test
    void ukrainianStreetAbbreviationDoesNotEndASentence() {
        assertSentences("uk", "Пожежа сталася на вул. Садовій увечері.", "Пожежа сталася на вул. Садовій увечері.");
    }

    @Test
    void tajikCityAbbreviationDoesNotEndASentence() {
        assertSentences("tg", "Мулоқот дар ш. Душанбе баргузор шуд. Ҳама омаданд.",
                "Мулоқот дар ш. Душанбе баргузор шуд.", "Ҳама омаданд.");
    }

    @Test
    void uzbekYearAbbreviationBeforeATypicalOpenerEndsASentence() {
        assertSentences("uz", "Zavod 1998 y. yopilgan. Keyin u bo‘sh qoldi.", "Zavod 1998 y. yopilgan.", "Keyin u bo‘sh qoldi.");
    }

    @Test
    void uzbekCyrillicInitialsDoNotEndASentence() {
        assertSentences("uz-Cyrl", "Шеърни А. Навоий ёзган. Бу машҳур.", "Шеърни А. Навоий ёзган.", "Бу машҳур.");
    }

    @Test
    void kazakhYearAbbreviationDoesNotEndASentenceBeforeANoun() {
        assertSentences("kk", "Зауыт 1998 ж. Алматыда ашылды. Бұл маңызды болды.",
                "Зауыт 1998 ж. Алматыда ашылды.", "Бұл маңызды болды.");
    }

    @Test
    void kyrgyzSentencesEndAtFullStops() {
        assertSentences("ky", "Жыйын 2020-ж. өттү. Бул маанилүү болду.", "Жыйын 2020-ж. өттү.", "Бул маанилүү болду.");
    }

    @Test
    void persianFullStopEndsASentenceBeforeACaselessLetter() {
        assertSentences("fa", "جلسه دیروز برگزار شد. همه آمدند؟ بله.", "جلسه دیروز برگزار شد.", "همه آمدند؟", "بله.");
    }

    @Test
    void turkishOrdinalNumberDoesNotEndASentence() {
        assertSentences("tr", "Toplantı 19. Yüzyıl müzesinde yapıldı. Bu önemliydi.",
                "Toplantı 19. Yüzyıl müzesinde yapıldı.", "Bu önemliydi.");
    }

    @Test
    void polishTitleAndOrdinalDoNotEndASentence() {
        assertSentences("pl", "Prof. Nowak zajął 3. Miejsce w konkursie. Potem wyjechał.",
                "Prof. Nowak zajął 3. Miejsce w konkursie.", "Potem wyjechał.");
    }

    @Test
    void dutchForExampleDoesNotEndASentence() {
        assertSentences("nl", "Sommige steden, bijv. Utrecht, stemden tegen. De rest wachtte.",
                "Sommige steden, bijv. Utrecht, stemden tegen.", "De rest wachtte.");
    }

    @Test
    void portugueseTitleDoesNotEndASentence() {
        assertSentences("pt", "O Sr. Silva chegou cedo. Depois saiu.", "O Sr. Silva chegou cedo.", "Depois saiu.");
    }

    @Test
    void italianTitleDoesNotEndASentence() {
        assertSentences("it", "Il Dott. Rossi è arrivato. Poi è partito.", "Il Dott. Rossi è arrivato.", "Poi è partito.");
    }

    @Test
    void japaneseLineBreakInsideASentenceIsDropped() {
        assertSentences("ja", "これは父の\n家です。", "これは父の家です。");
    }
}
