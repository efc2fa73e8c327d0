package org.verso.segmentation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.verso.segmentation.LanguageRules.AbbreviationKind;

/**
 * The abbreviation and sentence-opener lists shipped with the rule-based segmenter, by primary
 * language subtag. In the lists, entries are separated by spaces and {@code _} stands for the space
 * inside an abbreviation of several words ("z._B." is "z. B.").
 */
final class BundledLanguageRules {

    /** The cache key and rules of every language without rules of its own. */
    static final String GENERIC_KEY = "und";

    /** Languages that write ordinal numbers with a full stop ("12. Juni", "3. května"). */
    private static final Set<String> ORDINAL_LANGUAGES = Set.of("de", "cs", "sk", "pl", "da", "nb", "nn", "no",
            "fi", "et", "lv", "lt", "hu", "hr", "sr", "sl", "bs", "is", "fo", "tr");

    /** Abbreviations of every language. */
    private static final String COMMON_NUMERIC = "N°. Nº. n°. nº.";

    private static final Map<String, String[]> LISTS = Map.of(
            "en", new String[] {
                "Mr. Mrs. Ms. Messrs. Mmes. Dr. Drs. Prof. Sen. Sens. Rep. Reps. Gen. Gov. Lt. Col. Capt. Cmdr. "
                    + "Adm. Maj. Sgt. Cpl. Pvt. Brig. Rev. Hon. Pres. Supt. Insp. Det. Amb. Atty. Mt. Ft. St. Ste. "
                    + "e.g. i.e. vs. viz. cf.",
                "No. Nos. p. pp. vol. vols. ch. chap. fig. figs. art. sec. para. approx. ca. tel. ext. Apt. Rm. "
                    + "Rte. Hwy. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.",
                "Jr. Sr. Inc. Ltd. Co. Corp. Bros. Plc. LLC. etc. U.S. U.S.A. U.K. U.N. E.U. a.m. p.m. A.D. B.C. "
                    + "Ave. Blvd. Rd. Mon. Tue. Tues. Wed. Thu. Thurs. Fri. Sat. Sun. ft. lb. lbs. oz. min. hr. "
                    + "hrs. yr. yrs. est. dept. govt. Ph.D. M.D. D.C.",
                "A After Also Although An And As At Being Both But By Despite Did Does During Each Even For From He "
                    + "Her His How However I If In It Its Last Many Meanwhile Millions More Most My Neither No "
                    + "Nor Now On One Only Our She Since So Some Still That The Their Then There These They This "
                    + "Those Thus To Today Under Until We What When Where Which While Who Why With Yesterday Yet "
                    + "You Your"},
            "de", new String[] {
                "z._B. z.B. d._h. d.h. u._a. u.a. v._a. u._U. i._d._R. Dr. Prof. Hr. Hrn. Fr. St. sog. vgl. evtl. "
                    + "ggf. inkl. bzgl. bzw. geb. s._o. s._u.",
                "Nr. S. Abs. Art. Bd. Kap. Tel. ca. Jan. Feb. Mär. Apr. Aug. Sep. Sept. Okt. Nov. Dez.",
                "usw. etc. Mio. Mrd. Str. Jh. Hbf. Tsd. u._Ä. o._Ä. Std. Min.",
                "Aber Als Am Auch Auf Aus Bei Bis Da Dabei Dafür Damit Danach Dann Darauf Das Dass Dem Den Denn "
                    + "Der Des Deshalb Die Dies Diese Dieser Dieses Doch Dort Du Ein Eine Einen Er Es Etwa Für "
                    + "Heute Hier Ich Ihr Im In Jetzt Man Mit Nach Nun Ob Oder Seit Sie So Trotzdem Um Und Unter "
                    + "Vor Während Was Weil Wenn Wie Wir Zudem Zum Zur"},
            "fr", new String[] {
                "M. MM. Mme. Mmes. Mlle. Mlles. Mgr. Me. Dr. Pr. St. Ste. Sts. Gén. Col. p._ex. c.-à-d. cf. av. apr.",
                "n°. no. p. pp. t. vol. chap. art. env. janv. févr. avr. juil. sept. oct. nov. déc.",
                "etc. Cie. Ltd. Inc. S.A. J.-C.",
                "À Alors Après Au Aujourd' Aussi Avant Avec C' Ce Cela Ces Cet Cette Chaque Comme D' Dans De "
                    + "Depuis Des Donc Du Elle Elles En Enfin Et Il Ils J' Je L' La Le Les Leur Lors Mais Nous "
                    + "On Or Où Par Pour Puis Qu' Quand S' Sa Selon Ses Si Son Sur Tout Un Une Vous"},
            "es", new String[] {
                "Sr. Sra. Srta. Sres. Sras. Dr. Dra. Lic. Ing. Arq. Prof. Profa. D. Dña. Av. Avda. Sto. Sta. "
                    + "Mons. Gral. Cnel. Ud. Uds. Vd. Vds. p._ej. vs.",
                "núm. nº. pág. págs. art. cap. vol. tel. aprox. ca.",
                "etc. S.A. Cía. Ltda. EE._UU. EE.UU. a._m. p._m. a.m. p.m. a._C. d._C.",
                "A Al Además Ahora Así Aunque Ayer Como Con Cuando De Del Desde Después El Él Ella Ellos En Entre "
                    + "Es Esa Ese Esta Este Esto Hay Hoy La Las Lo Los Mañana No Nosotros Para Pero Por Pues Que "
                    + "Se Según Si Sin Sobre Su Sus También Un Una Y Ya Yo"},
            "it", new String[] {
                "Sig. Sigg. Dott. Prof. Avv. Ing. Arch. Geom. On. Mons. Sen. Gen. Col. ad_es. es. cfr.",
                "pag. pagg. art. n. vol. cap. tel. ca.",
                "ecc. S.p.A. S.r.l. a.C. d.C.",
                "A Al Allora Anche C' Che Chi Come Con Da Dal Dopo E È Era Gli I Il In Io L' La Le Lei Lo Lui Ma "
                    + "Nel Noi Non Oggi Per Però Poi Quando Questa Questo Se Si Su Tra Un Un' Una Uno"},
            "pt", new String[] {
                "Sr. Sra. Srta. Dr. Dra. Prof. Profa. Eng. D. Av. Exmo. Exma. p._ex.",
                "pág. págs. art. nº. vol. cap. tel.",
                "etc. Ltda. S.A. Cia.",
                "A Ao As Com Como Da Depois Do E Ela Ele Eles Em Esta Este Isso Isto Mas Na Nas No Nos O Os Para "
                    + "Por Quando Se Segundo Também Um Uma"},
            "ru", new String[] {
                "т._е. т.е. т._к. т.к. т._н. т.н. им. ул. просп. пер. пл. наб. проф. акад. доц. тов. св. напр.",
                "д. кв. стр. с. рис. табл. гл. п. ст.",
                "г. гг. в. вв. т._д. т._п. др. пр. см. руб. коп. тыс. млн. млрд. долл. н._э. мин. сек. ч. "
                    + "янв. февр. мар. апр. авг. сент. окт. нояб. дек.",
                "А В Вместе Во Все Вот Впрочем Вчера Да Для До Его Ее Её Если Есть За Здесь И Из Их К Как Когда "
                    + "Кроме Мы На Наконец Не Но Нет О Об Однако Он Она Они Оно По Позже После Потом При С "
                    + "Сегодня Так Также Там Тем Теперь То Тогда Только У Уже Это Эта Этот Эти Я"});

    private BundledLanguageRules() {
    }

    /** The key under which rules for {@code primarySubtag} are cached: the subtag, or {@link #GENERIC_KEY}. */
    static String keyFor(String primarySubtag) {
        boolean own = LISTS.containsKey(primarySubtag) || ORDINAL_LANGUAGES.contains(primarySubtag);
        return own ? primarySubtag : GENERIC_KEY;
    }

    static LanguageRules forKey(String key) {
        String[] lists = LISTS.get(key);
        boolean ordinals = ORDINAL_LANGUAGES.contains(key);
        Map<String, AbbreviationKind> abbreviations = new HashMap<>();
        add(abbreviations, COMMON_NUMERIC, AbbreviationKind.NUMERIC);
        if (lists == null) {
            return new LanguageRules(abbreviations, Set.of(), ordinals);
        }
        add(abbreviations, lists[0], AbbreviationKind.PREFIX);
        add(abbreviations, lists[1], AbbreviationKind.NUMERIC);
        add(abbreviations, lists[2], AbbreviationKind.REGULAR);
        return new LanguageRules(abbreviations, Set.copyOf(Arrays.asList(lists[3].split(" "))), ordinals);
    }

    private static void add(Map<String, AbbreviationKind> target, String list, AbbreviationKind kind) {
        for (String entry : list.split(" ")) {
            target.putIfAbsent(entry.replace('_', ' '), kind);
        }
    }
}
