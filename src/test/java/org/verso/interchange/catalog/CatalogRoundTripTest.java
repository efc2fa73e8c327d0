package org.verso.interchange.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.interchange.json.JsonCatalogReader;
import org.verso.interchange.json.JsonCatalogWriter;
import org.verso.interchange.po.PoCatalogReader;
import org.verso.interchange.po.PoCatalogWriter;

class CatalogRoundTripTest {

    static byte[] fixture(String name) {
        try (InputStream in = CatalogRoundTripTest.class.getResourceAsStream("/interchange/catalogs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> none(Catalog catalog) {
        return new ArrayList<>(Collections.nCopies(catalog.units().size(), (String) null));
    }

    static String plural(String... categoryThenText) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (int i = 0; i < categoryThenText.length; i += 2) {
            forms.put(categoryThenText[i], categoryThenText[i + 1]);
        }
        return PluralText.encode(forms);
    }

    @Test
    void aPoTemplateComesBackByteForByteWhenNothingIsTranslatedIntoItsOwnLanguage() {
        byte[] file = fixture("newsroom.pot");
        Catalog catalog = new PoCatalogReader().read(file);
        assertEquals(new String(file, StandardCharsets.UTF_8),
                new String(new PoCatalogWriter().write(catalog.skeleton(), none(catalog), "en"), StandardCharsets.UTF_8));
    }

    @Test
    void poUnitsAreKeyedWithContextCommentFlagsAndProtectedPlaceholders() {
        List<CatalogUnit> units = new PoCatalogReader().read(fixture("newsroom.pot")).units();
        assertEquals(5, units.size());
        assertEquals("Save <1/>", units.get(0).text());
        assertEquals("%s", units.get(0).codes().get(0).open());
        assertEquals("Button that saves the draft article", units.get(0).comment());
        assertEquals("c-format", units.get(0).flags());
        assertEquals("front page", units.get(1).context());
        assertEquals(20, units.get(1).maxLength());
        assertEquals("Latest", units.get(2).key());
        assertEquals(Map.of("one", "<1/> comment", "other", "<1/> comments"), units.get(3).plural());
        assertEquals("Hello <1/>,\nyour story \"<2/>\" is live.", units.get(4).text());
    }

    @Test
    void aRussianPoExportHasThreeFormsAndTheRussianHeader() {
        Catalog catalog = new PoCatalogReader().read(fixture("newsroom.pot"));
        List<String> targets = none(catalog);
        targets.set(0, "Сохранить <1/>");
        targets.set(3, plural("one", "<1/> комментарий", "few", "<1/> комментария", "many", "<1/> комментариев",
                "other", "<1/> комментария"));
        String po = new String(new PoCatalogWriter().write(catalog.skeleton(), targets, "ru"), StandardCharsets.UTF_8);
        assertTrue(po.contains("msgid \"Save %s\"\nmsgstr \"Сохранить %s\"\n"), po);
        assertTrue(po.contains("msgstr[0] \"%d комментарий\"\nmsgstr[1] \"%d комментария\"\n"
                + "msgstr[2] \"%d комментариев\"\n"), po);
        assertTrue(po.contains("\"Language: ru\\n\""), po);
        assertTrue(po.contains("\"Plural-Forms: nplurals=3; plural=(n%10==1"), po);
        assertTrue(po.contains("#~ msgstr \"Alte Taste\""), po);
        List<CatalogUnit> again = new PoCatalogReader().read(po.getBytes(StandardCharsets.UTF_8)).units();
        assertEquals(catalog.units(), again);
    }

    @Test
    void jsonComesBackByteForByteWhenNothingIsTranslated() {
        for (String name : List.of("newsroom-i18next.json", "newsroom-icu.json")) {
            byte[] file = fixture(name);
            Catalog catalog = new JsonCatalogReader().read(file);
            assertEquals(new String(file, StandardCharsets.UTF_8), new String(
                    new JsonCatalogWriter().write(catalog.skeleton(), none(catalog), "ru"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void i18nextUnitsAreNestedPathsWithPluralsAndCodes() {
        List<CatalogUnit> units = new JsonCatalogReader().read(fixture("newsroom-i18next.json")).units();
        assertEquals(List.of("menu.open", "menu.close", "inbox", "tags[0]", "tags[1]", "quote"),
                units.stream().map(CatalogUnit::key).toList());
        assertEquals("Open <1/>", units.get(0).text());
        assertEquals(Map.of("one", "<1/> new story", "other", "<1/> new stories"), units.get(2).plural());
        assertEquals("She said \"yes\"\ttwice", units.get(5).text());
    }

    @Test
    void aRussianI18nextPluralGetsFourKeysInTheFilesLayout() {
        Catalog catalog = new JsonCatalogReader().read(fixture("newsroom-i18next.json"));
        List<String> targets = none(catalog);
        targets.set(2, plural("one", "<1/> новая статья", "few", "<1/> новые статьи", "many", "<1/> новых статей",
                "other", "<1/> новой статьи"));
        targets.set(5, "Она сказала \"да\"");
        String json = new String(new JsonCatalogWriter().write(catalog.skeleton(), targets, "ru"), StandardCharsets.UTF_8);
        assertTrue(json.contains("  \"inbox_one\": \"{{count}} новая статья\",\n  \"inbox_few\": \"{{count}} новые статьи\",\n"
                + "  \"inbox_many\": \"{{count}} новых статей\",\n  \"inbox_other\": \"{{count}} новой статьи\",\n"
                + "  \"version\": 3,"), json);
        assertTrue(json.contains("\"quote\": \"Она сказала \\\"да\\\"\"\n}"), json);
        assertEquals(4, new JsonCatalogReader().read(json.getBytes(StandardCharsets.UTF_8)).units().get(2).plural().size());
    }

    @Test
    void anIcuPluralIsOneUnitWrittenWithTheTargetsCategories() {
        Catalog catalog = new JsonCatalogReader().read(fixture("newsroom-icu.json"));
        CatalogUnit readers = catalog.units().get(1);
        assertEquals(Map.of("one", "<1/> reader", "other", "<1/> readers"), readers.plural());
        assertFalse(catalog.units().get(2).translatable());
        List<String> targets = none(catalog);
        targets.set(1, plural("one", "<1/> خواننده", "other", "<1/> خواننده"));
        String json = new String(new JsonCatalogWriter().write(catalog.skeleton(), targets, "fa"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"readers\":\"{count, plural, one {# خواننده} other {# خواننده}}\""), json);
        assertNull(catalog.units().get(0).plural());
    }

    @Test
    void aTemplatesFuzzyHeaderAndATranslatedFuzzyEntryLoseTheFlagSoMsgfmtReadsThem() {
        String pot = "#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                + "#, fuzzy, c-format\nmsgid \"%d left\"\nmsgstr \"\"\n\n#, fuzzy\nmsgid \"Kept\"\nmsgstr \"\"\n";
        Catalog catalog = new PoCatalogReader().read(pot.getBytes(StandardCharsets.UTF_8));
        List<String> targets = none(catalog);
        targets.set(0, "<1/> ماند");
        String po = new String(new PoCatalogWriter().write(catalog.skeleton(), targets, "fa"), StandardCharsets.UTF_8);
        assertEquals("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: fa\\n\"\n\n"
                + "#, c-format\nmsgid \"%d left\"\nmsgstr \"%d ماند\"\n\n#, fuzzy\nmsgid \"Kept\"\nmsgstr \"\"\n", po);
    }
}
