package org.verso.interchange.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.interchange.catalog.CatalogRoundTripTest.fixture;
import static org.verso.interchange.catalog.CatalogRoundTripTest.none;
import static org.verso.interchange.catalog.CatalogRoundTripTest.plural;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.verso.interchange.android.AndroidCatalogReader;
import org.verso.interchange.android.AndroidCatalogWriter;
import org.verso.interchange.properties.PropertiesCatalogReader;
import org.verso.interchange.properties.PropertiesCatalogWriter;
import org.w3c.dom.NodeList;

class PropertiesAndAndroidRoundTripTest {

    @Test
    void propertiesComeBackByteForByteWhenNothingIsTranslated() {
        for (String name : List.of("messages.properties", "latin1.properties")) {
            byte[] file = fixture(name);
            Catalog catalog = new PropertiesCatalogReader().read(file);
            assertArrayEquals(file, new PropertiesCatalogWriter().write(catalog.skeleton(), none(catalog), "ru"), name);
        }
    }

    @Test
    void propertiesUnitsAreReadAsJavaReadsThem() throws IOException {
        List<CatalogUnit> units = new PropertiesCatalogReader().read(fixture("messages.properties")).units();
        Properties java = new Properties();
        java.load(new ByteArrayInputStream(fixture("messages.properties")));
        for (CatalogUnit unit : units) {
            assertEquals(java.getProperty(unit.key()), CatalogCodes.restore(unit.text(), unit.codes()), unit.key());
        }
        assertEquals("Welcome back, <1/>!", units.get(0).text());
        assertEquals("Verso test bundle, written for these tests\nGreeting on the dashboard", units.get(0).comment());
        assertEquals("First line continues here", units.get(3).text());
        assertFalse(units.get(5).translatable(), "an empty value has nothing to translate");
    }

    @Test
    void anEscapedFileGetsEscapedTranslationsAndJavaReadsThemBack() throws IOException {
        Catalog catalog = new PropertiesCatalogReader().read(fixture("messages.properties"));
        List<String> targets = none(catalog);
        targets.set(0, "С возвращением, <1/>!");
        targets.set(3, "Первая строка\nвторая");
        byte[] written = new PropertiesCatalogWriter().write(catalog.skeleton(), targets, "ru");
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("greeting = \\u0421 \\u0432"), text);
        assertTrue(text.chars().allMatch(c -> c < 0x80), "escapes, as the input had");
        Properties java = new Properties();
        java.load(new ByteArrayInputStream(written));
        assertEquals("С возвращением, {0}!", java.getProperty("greeting"));
        assertEquals("Первая строка\nвторая", java.getProperty("multiline"));
        assertEquals("Save", java.getProperty("button.save"));
    }

    @Test
    void aUtf8FileGetsUtf8AndALatin1FileKeepsItsBytes() throws IOException {
        Catalog latin = new PropertiesCatalogReader().read(fixture("latin1.properties"));
        assertEquals("Naïve café menu", latin.units().get(0).text());
        List<String> targets = none(latin);
        targets.set(0, "Menu naïf — ایران");
        byte[] written = new PropertiesCatalogWriter().write(latin.skeleton(), targets, "fa");
        Properties java = new Properties();
        java.load(new ByteArrayInputStream(written)); // Properties.load(InputStream) reads ISO-8859-1
        assertEquals("Menu naïf — ایران", java.getProperty("title"));
        assertTrue(new String(written, StandardCharsets.ISO_8859_1).contains("Menu na\u00eff \\u2014 \\u0627"));

        Catalog utf8 = new PropertiesCatalogReader().read("hello=Hello\n".getBytes(StandardCharsets.UTF_8));
        byte[] persian = new PropertiesCatalogWriter().write(utf8.skeleton(), List.of("سلام"), "fa");
        assertEquals("hello=سلام\n", new String(persian, StandardCharsets.UTF_8));
    }

    @Test
    void androidComesBackByteForByteWhenNothingIsTranslated() {
        byte[] file = fixture("strings.xml");
        Catalog catalog = new AndroidCatalogReader().read(file);
        assertArrayEquals(file, new AndroidCatalogWriter().write(catalog.skeleton(), none(catalog), "ru"));
    }

    @Test
    void androidUnitsKeepTypesNotesAndCodes() {
        List<CatalogUnit> units = new AndroidCatalogReader().read(fixture("strings.xml")).units();
        assertEquals(List.of("app_title", "app_id", "greeting", "rich", "bold", "unread", "sections[0]", "sections[1]"),
                units.stream().map(CatalogUnit::key).toList());
        assertEquals("Title of the main screen", units.get(0).comment());
        assertEquals(24, units.get(0).maxLength());
        assertFalse(units.get(1).translatable());
        assertEquals("Hello, <1/>! You're on \"duty\" & ready.", units.get(2).text());
        assertEquals("Read the <1/>full<2/> story", units.get(3).text());
        assertEquals("Tap <1/>Publish<2/> to send <3/> stories", units.get(4).text());
        assertEquals(Map.of("one", "<1/> unread story", "other", "<1/> unread stories"), units.get(5).plural());
    }

    @Test
    void aRussianAndroidExportKeepsCdataAndWritesFourPluralItems() throws Exception {
        Catalog catalog = new AndroidCatalogReader().read(fixture("strings.xml"));
        List<String> targets = none(catalog);
        targets.set(1, "не трогать");
        targets.set(2, "Привет, <1/>! Вы на \"дежурстве\" & готовы.");
        targets.set(3, "Читать <1/>всю<2/> историю");
        targets.set(5, plural("one", "<1/> непрочитанная", "few", "<1/> непрочитанные", "many", "<1/> непрочитанных",
                "other", "<1/> непрочитанной"));
        String xml = new String(new AndroidCatalogWriter().write(catalog.skeleton(), targets, "ru"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<string name=\"app_id\" translatable=\"false\">org.example.newsroom</string>"), xml);
        assertTrue(xml.contains(">Привет, %1$s! Вы на \\\"дежурстве\\\" &amp; готовы.</string>"), xml);
        assertTrue(xml.contains("<![CDATA[Читать <b>всю</b> историю]]>"), xml);
        assertTrue(xml.contains("        <item quantity=\"one\">%d непрочитанная</item>\n"
                + "        <item quantity=\"few\">%d непрочитанные</item>\n"
                + "        <item quantity=\"many\">%d непрочитанных</item>\n"
                + "        <item quantity=\"other\">%d непрочитанной</item>\n    </plurals>"), xml);
        NodeList strings = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("item");
        assertEquals(6, strings.getLength(), "the export is well-formed XML");
        assertEquals(4, new AndroidCatalogReader().read(xml.getBytes(StandardCharsets.UTF_8)).units().get(5)
                .plural().size());
    }
}
