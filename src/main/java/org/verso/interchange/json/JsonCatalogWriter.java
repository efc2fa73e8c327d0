package org.verso.interchange.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.PluralCategories;
import org.verso.interchange.catalog.PluralText;
import org.verso.interchange.catalog.Splice;

/**
 * Writes a JSON catalog back with the translations in place of the source values: structure, key order, indentation
 * and every other byte stay; an untranslated unit keeps its source. An i18next plural gets one member per category
 * of the target language ({@code key_one}, {@code key_few}, {@code key_many}, {@code key_other} in Russian),
 * separated as the file separated its members; an ICU plural one branch per category.
 */
public final class JsonCatalogWriter {

    public byte[] write(String skeleton, List<String> targets, String language) {
        CatalogText file = CatalogText.parse(skeleton);
        String text = file.text();
        boolean ascii = text.chars().allMatch(c -> c < 0x80) && text.contains("\\u");
        List<JsonUnits.Unit> units = JsonUnits.of(text);
        List<String> categories = PluralCategories.of(language);
        Splice splice = new Splice(text);
        for (int i = 0; i < units.size(); i++) {
            String target = i < targets.size() ? targets.get(i) : null;
            if (target == null) {
                continue;
            }
            JsonUnits.Unit unit = units.get(i);
            List<MarkupCode> codes = JsonCatalogReader.unit(unit).codes();
            Map<String, String> forms = new LinkedHashMap<>();
            Map<String, String> given = PluralText.decode(target);
            categories.forEach(c -> forms.put(c, CatalogCodes.restore(PluralCategories.formFor(given, c), codes)));
            JsonScan.Member first = unit.first();
            switch (unit.kind()) {
                case SIMPLE -> splice.replace(first.valueStart(), first.valueEnd(),
                        escape(CatalogCodes.restore(PluralText.other(target), codes), ascii));
                case ICU -> splice.replace(first.valueStart(), first.valueEnd(),
                        escape(IcuPlural.write(IcuPlural.parse(first.value()).variable(), forms), ascii));
                case I18NEXT -> splice.replace(first.keyStart(), unit.last().valueEnd() + 1,
                        members(text, unit, forms, ascii));
            }
        }
        return file.bytes(splice.result());
    }

    private static String members(String text, JsonUnits.Unit unit, Map<String, String> forms, boolean ascii) {
        JsonScan.Member first = unit.first();
        String head = text.substring(first.keyStart(), first.valueStart() - 1);
        String colon = head.substring(head.lastIndexOf('"') + 1);
        String separator = unit.members().size() > 1
                ? text.substring(first.valueEnd() + 1, unit.members().get(1).keyStart()) : ", ";
        String base = first.key().substring(0, first.key().length() - JsonUnits.category(first).length() - 1);
        List<String> written = new ArrayList<>();
        forms.forEach((category, form) -> written.add("\"" + escape(base + "_" + category, ascii) + "\"" + colon
                + "\"" + escape(form, ascii) + "\""));
        return String.join(separator, written);
    }

    static String escape(String value, boolean ascii) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || ascii && c >= 0x80) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
