package org.verso.interchange.po;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.interchange.catalog.Catalog;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.CatalogUnit;

/**
 * A gettext PO (or POT) file as a catalog to translate: each entry one unit keyed by msgid and msgctxt, its
 * {@code msgid_plural} making it a plural (source forms one and other), its translator and extracted comments, its
 * flags and a {@code max-length:N} flag as the longest translation. The file's own msgstr values are not read: the
 * translation is made in Verso. Obsolete ({@code #~}) entries and the header stay in the skeleton.
 */
public final class PoCatalogReader {

    private static final Pattern MAX_LENGTH = Pattern.compile("max-length:(\\d{1,7})");

    public Catalog read(byte[] bytes) {
        CatalogText file = CatalogText.decode(bytes, false);
        List<CatalogUnit> units = PoCatalogScan.scan(file.text()).stream().filter(PoCatalogScan.Entry::unit)
                .map(PoCatalogReader::unit).toList();
        return new Catalog(file.skeleton(), units);
    }

    /** The codes of a unit as its import numbered them: the writer restores a translation's codes with them. */
    java.util.List<org.verso.interchange.MarkupCode> unitCodes(PoCatalogScan.Entry entry) {
        return unit(entry).codes();
    }

    private static CatalogUnit unit(PoCatalogScan.Entry entry) {
        CatalogCodes codes = new CatalogCodes(CatalogCodes.PLACEHOLDERS);
        String one = codes.protect(entry.id);
        Map<String, String> plural = null;
        String text = one;
        if (entry.idPlural != null) {
            plural = new LinkedHashMap<>();
            plural.put("one", one);
            text = codes.protect(entry.idPlural);
            plural.put("other", text);
        }
        String flags = entry.flags.isEmpty() ? null : String.join(", ", entry.flags);
        Integer maxLength = null;
        Matcher m = MAX_LENGTH.matcher(flags == null ? "" : flags);
        if (m.find()) {
            maxLength = Integer.valueOf(m.group(1));
        }
        String comment = entry.comments.isEmpty() ? null : String.join("\n", entry.comments);
        return new CatalogUnit(entry.id, entry.context, comment, flags, maxLength, !entry.id.isBlank(), text, plural,
                codes.codes());
    }
}
