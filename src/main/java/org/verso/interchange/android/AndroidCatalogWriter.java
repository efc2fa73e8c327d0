package org.verso.interchange.android;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.PluralCategories;
import org.verso.interchange.catalog.PluralText;
import org.verso.interchange.catalog.Splice;

/**
 * Writes a {@code strings.xml} back with the translations: each element's content replaced, a CDATA value kept in
 * CDATA, others escaped as Android reads them; a {@code <plurals>} gets one {@code <item>} per category of the
 * target language, indented as its first item was. Untranslated and {@code translatable="false"} resources keep
 * their source bytes.
 */
public final class AndroidCatalogWriter {

    public byte[] write(String skeleton, List<String> targets, String language) {
        CatalogText file = CatalogText.parse(skeleton);
        String text = file.text();
        List<AndroidScan.Resource> resources = AndroidScan.scan(text);
        Splice splice = new Splice(text);
        for (int i = 0; i < resources.size(); i++) {
            String target = i < targets.size() ? targets.get(i) : null;
            AndroidScan.Resource resource = resources.get(i);
            if (target == null || !resource.translatable()) {
                continue;
            }
            List<MarkupCode> codes = AndroidCatalogReader.unit(text, resource).codes();
            if (resource.type().equals("plurals")) {
                items(text, resource, PluralText.decode(target), language, codes, splice);
            } else {
                AndroidScan.Value v = resource.values().get(0);
                splice.replace(v.start(), v.end(), value(text.substring(v.start(), v.end()),
                        PluralText.other(target), codes));
            }
        }
        return file.bytes(splice.result());
    }

    private static String value(String raw, String translation, List<MarkupCode> codes) {
        return AndroidText.cdata(raw) ? AndroidText.inCdata(CatalogCodes.restore(translation, codes))
                : CatalogCodes.restore(translation, codes, AndroidText::escape);
    }

    private static void items(String text, AndroidScan.Resource resource, Map<String, String> forms, String language,
                              List<MarkupCode> codes, Splice splice) {
        List<AndroidScan.Value> values = resource.values();
        AndroidScan.Value first = values.get(0);
        int firstItem = text.lastIndexOf("<item", first.start());
        int lastItemEnd = text.indexOf("</item>", values.get(values.size() - 1).end()) + "</item>".length();
        String between = values.size() > 1
                ? text.substring(text.indexOf("</item>", first.end()) + 7, text.lastIndexOf("<item", values.get(1).start()))
                : "\n" + indent(text, firstItem);
        String raw = text.substring(first.start(), first.end());
        List<String> items = new ArrayList<>();
        for (String category : PluralCategories.of(language)) {
            items.add("<item quantity=\"" + category + "\">"
                    + value(raw, PluralCategories.formFor(forms, category), codes) + "</item>");
        }
        splice.replace(firstItem, lastItemEnd, String.join(between, items));
    }

    private static String indent(String text, int at) {
        int start = at;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        return text.substring(start, at);
    }
}
