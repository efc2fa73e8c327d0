package org.verso.interchange.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verso.interchange.catalog.Catalog;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.CatalogUnit;

/**
 * A JSON string catalog (flat or nested; i18next or ICU MessageFormat): each string value one unit keyed by its dotted
 * path, plurals as {@link JsonUnits} finds them; numbers, booleans and nulls stay in the skeleton.
 */
public final class JsonCatalogReader {

    public Catalog read(byte[] bytes) {
        CatalogText file = CatalogText.decode(bytes, false);
        return new Catalog(file.skeleton(), JsonUnits.of(file.text()).stream().map(JsonCatalogReader::unit).toList());
    }

    static CatalogUnit unit(JsonUnits.Unit unit) {
        CatalogCodes codes = new CatalogCodes(unit.kind() == JsonUnits.Kind.ICU ? CatalogCodes.IN_ICU_PLURAL
                : CatalogCodes.PLACEHOLDERS);
        Map<String, String> forms = null;
        String text;
        if (unit.kind() == JsonUnits.Kind.SIMPLE) {
            text = codes.protect(unit.first().value());
        } else {
            Map<String, String> raw = unit.kind() == JsonUnits.Kind.ICU ? IcuPlural.parse(unit.first().value()).forms()
                    : members(unit.members());
            forms = new LinkedHashMap<>();
            for (Map.Entry<String, String> form : raw.entrySet()) {
                forms.put(form.getKey(), codes.protect(form.getValue()));
            }
            text = forms.get("other");
        }
        return new CatalogUnit(unit.key(), null, null, null, null, !text.isBlank(), text, forms, codes.codes());
    }

    private static Map<String, String> members(List<JsonScan.Member> members) {
        Map<String, String> forms = new LinkedHashMap<>();
        members.forEach(m -> forms.put(JsonUnits.category(m), m.value()));
        return forms;
    }
}
