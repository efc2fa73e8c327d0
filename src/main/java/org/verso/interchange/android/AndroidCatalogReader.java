package org.verso.interchange.android;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.verso.interchange.catalog.Catalog;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.CatalogUnit;
import org.verso.interchange.catalog.PluralText;

/**
 * An Android {@code strings.xml} as a catalog: each {@code <string>} one unit keyed by its name, each
 * {@code <plurals>} one plural unit (its items' quantities are CLDR categories), each {@code <string-array>} item one
 * unit; {@code translatable="false"} kept, not to translate; a {@code maxLength} attribute (also
 * {@code tools:maxLength}) as the longest translation; printf placeholders and inline markup as protected codes.
 */
public final class AndroidCatalogReader {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");

    public Catalog read(byte[] bytes) {
        CatalogText file = CatalogText.decode(bytes, false);
        String text = file.text();
        return new Catalog(file.skeleton(), AndroidScan.scan(text).stream().map(r -> unit(text, r)).toList());
    }

    static CatalogUnit unit(String text, AndroidScan.Resource resource) {
        CatalogCodes codes = new CatalogCodes(CatalogCodes.WITH_MARKUP);
        Map<String, String> forms = null;
        String value;
        if (resource.type().equals("plurals")) {
            forms = new LinkedHashMap<>();
            for (AndroidScan.Value v : resource.values()) {
                if (PluralText.CATEGORIES.contains(v.quantity())) {
                    forms.put(v.quantity(), codes.protect(AndroidText.read(text.substring(v.start(), v.end()))));
                }
            }
            value = forms.getOrDefault("other", "");
            forms = forms.isEmpty() ? null : forms;
        } else {
            AndroidScan.Value v = resource.values().get(0);
            value = codes.protect(AndroidText.read(text.substring(v.start(), v.end())));
        }
        String max = resource.attributes().getOrDefault("maxLength", resource.attributes().get("tools:maxLength"));
        return new CatalogUnit(resource.key(), null, resource.comment(), null,
                max != null && DIGITS.matcher(max).matches() ? Integer.valueOf(max) : null,
                resource.translatable() && !value.isBlank(), value, forms, codes.codes());
    }
}
