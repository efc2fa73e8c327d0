package org.verso.interchange.catalog;

import java.util.List;
import java.util.Map;
import org.verso.interchange.MarkupCode;

/**
 * One unit of a software string catalog: never split into sentences, found again by {@code key} (and
 * {@code context}) when a new version of the catalog is imported.
 *
 * @param key          what the software looks the string up by: a PO msgid, a properties key, a JSON path, an Android
 *                     resource name
 * @param context      gettext's msgctxt; null elsewhere
 * @param comment      the comments for translators and developers the file holds for the unit; null when none
 * @param flags        gettext's flags as written ({@code c-format, max-length:20}); null when none
 * @param maxLength    the longest translation the software takes, where the format says (a PO {@code max-length:N}
 *                     flag, an Android {@code maxLength} attribute); null when it does not
 * @param translatable false for a unit the file marks not to translate (Android {@code translatable="false"}) or
 *                     one with nothing to translate: kept, exported as it is
 * @param text         the value with its placeholders as Verso's inline codes ({@code <1/>}); for a plural unit its
 *                     {@code other} form
 * @param plural       the source's plural forms by CLDR category ({@code one}, {@code other}), codes as in
 *                     {@code text}; null for a unit that is no plural
 * @param codes        what each code {@code <n/>} stands for: the placeholder's literal text
 */
public record CatalogUnit(String key, String context, String comment, String flags, Integer maxLength,
                          boolean translatable, String text, Map<String, String> plural, List<MarkupCode> codes) {

    public CatalogUnit {
        codes = List.copyOf(codes);
        plural = plural == null ? null : PluralText.ordered(plural);
    }

    public boolean isPlural() {
        return plural != null;
    }
}
