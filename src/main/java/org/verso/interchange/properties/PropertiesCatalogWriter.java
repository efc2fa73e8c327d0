package org.verso.interchange.properties;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.PluralText;
import org.verso.interchange.catalog.Splice;

/**
 * Writes a {@code .properties} file back with the translated values, escaped as the input was: a file that writes
 * non-ASCII letters as {@code \\uXXXX} escapes gets escapes; an ISO-8859-1 file gets Latin-1 bytes and escapes for
 * the rest; a UTF-8 file gets UTF-8. An untranslated key keeps its source value byte for byte.
 */
public final class PropertiesCatalogWriter {

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u[0-9a-fA-F]{4}");

    public byte[] write(String skeleton, List<String> targets, String language) {
        CatalogText file = CatalogText.parse(skeleton);
        String text = file.text();
        int limit = UNICODE_ESCAPE.matcher(text).find() ? 0x7F
                : file.charset().equals(StandardCharsets.ISO_8859_1) ? 0xFF : Character.MAX_VALUE;
        List<PropertiesScan.Entry> entries = PropertiesScan.scan(text);
        Splice splice = new Splice(text);
        for (int i = 0; i < entries.size(); i++) {
            String target = i < targets.size() ? targets.get(i) : null;
            if (target == null) {
                continue;
            }
            PropertiesScan.Entry entry = entries.get(i);
            CatalogCodes codes = new CatalogCodes(CatalogCodes.PLACEHOLDERS);
            codes.protect(entry.value());
            String value = CatalogCodes.restore(PluralText.other(target), codes.codes());
            splice.replace(entry.valueStart(), entry.valueEnd(), escape(value, limit));
        }
        return file.bytes(splice.result());
    }

    /** {@code limit}: the highest character written as itself; above it, a {@code \\uXXXX} escape. */
    static String escape(String value, int limit) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c > limit || c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
