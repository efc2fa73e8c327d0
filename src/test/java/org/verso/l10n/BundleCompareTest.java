package org.verso.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundle comparison itself: it names the keys missing, extra, with other parameters, or left in English. */
class BundleCompareTest {

    @Test
    void namesEveryKindOfGapByKeyAndLanguage() {
        Map<String, String> en = Map.of("save", "Save", "hello", "Hello {name}", "brand", "Verso", "left", "{n} left");
        Map<String, String> ru = Map.of("save", "Save", "hello", "Привет, {user}", "brand", "Verso", "old", "Старое");
        assertEquals(List.of("demo_ru: missing keys [left]", "demo_ru: keys not in English (remove or rename) [old]",
                "demo_ru: other parameters than English: [hello [name] ≠ [user]]",
                "demo_ru: same text as English (translate, or list bundle.key in "
                        + "src/test/resources/l10n/identical-allowed.txt): [save]"),
                BundleCompletenessTest.compare("demo", "ru", new java.util.TreeMap<>(en), ru, Set.of("demo.brand")));
    }

    @Test
    void parametersAreTheExpressionsAndTheValuesSectionsTest() {
        assertEquals(Set.of("page", "total"), BundleCompletenessTest.parameters(
                "Page {page} · {#switch total.plural('ru')}{#case one}{total} сегмент{#else}{total}{/switch}"));
    }
}
