package org.verso.interchange.po;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.catalog.CatalogCodes;
import org.verso.interchange.catalog.CatalogText;
import org.verso.interchange.catalog.PluralCategories;
import org.verso.interchange.catalog.PluralText;
import org.verso.interchange.catalog.Splice;

/**
 * Writes a PO catalog back with the translations: only the msgstr lines of each entry change (an untranslated entry
 * gets an empty msgstr, as gettext expects), and the header's {@code Language} and {@code Plural-Forms} name the
 * target language. A plural entry gets one {@code msgstr[n]} per form of the language's {@code Plural-Forms}.
 */
public final class PoCatalogWriter {

    /**
     * @param targets one per unit in file order: the translation in Verso's notation (codes, a plural's stored forms),
     *                or null for none
     */
    public byte[] write(String skeleton, List<String> targets, String language) {
        CatalogText file = CatalogText.parse(skeleton);
        String eol = file.lineEnd();
        List<PoCatalogScan.Entry> entries = PoCatalogScan.scan(file.text());
        List<PoCatalogScan.Entry> units = entries.stream().filter(PoCatalogScan.Entry::unit).toList();
        boolean plurals = units.stream().anyMatch(u -> u.idPlural != null);
        Optional<GettextPlurals.Rule> rule = GettextPlurals.forLanguage(language);
        if (plurals && rule.isEmpty()) {
            throw new InterchangeException("Verso has no gettext plural table for " + language + " (it has "
                    + String.join(", ", GettextPlurals.listed()) + " and the languages with one or two forms).");
        }
        Splice splice = new Splice(file.text());
        for (int i = 0; i < units.size(); i++) {
            PoCatalogScan.Entry entry = units.get(i);
            String target = i < targets.size() ? targets.get(i) : null;
            List<org.verso.interchange.MarkupCode> codes = new PoCatalogReader().unitCodes(entry);
            if (target != null) {
                unfuzzy(file.text(), entry, splice);
            }
            splice.replace(entry.strStart, entry.strEnd, entry.idPlural == null
                    ? string("msgstr", target == null ? "" : CatalogCodes.restore(PluralText.other(target), codes), eol)
                    : forms(rule.orElseThrow(), target, codes, eol));
        }
        entries.stream().filter(PoCatalogScan.Entry::header).findFirst().ifPresent(header -> {
            unfuzzy(file.text(), header, splice);
            header(file.text(), header, language, rule.filter(r -> plurals), splice, eol);
        });
        return file.bytes(splice.result());
    }

    /**
     * A translated entry, and the header that now names the target, lose gettext's {@code fuzzy} flag (a template's
     * header has it; msgfmt ignores fuzzy entries); a flag line left empty goes whole.
     */
    private static void unfuzzy(String text, PoCatalogScan.Entry entry, Splice splice) {
        for (int[] line : entry.flagLines) {
            String raw = text.substring(line[0], line[1]);
            String content = raw.strip().substring(2);
            List<String> flags = new ArrayList<>();
            for (String flag : content.split(",")) {
                if (!flag.isBlank() && !flag.strip().equals("fuzzy")) {
                    flags.add(flag.strip());
                }
            }
            if (java.util.Arrays.stream(content.split(",")).noneMatch(f -> f.strip().equals("fuzzy"))) {
                continue;
            }
            String end = raw.substring(raw.stripTrailing().length());
            splice.replace(line[0], line[1], flags.isEmpty() ? "" : "#, " + String.join(", ", flags) + end);
        }
    }

    private static String forms(GettextPlurals.Rule rule, String target, List<org.verso.interchange.MarkupCode> codes,
                                String eol) {
        Map<String, String> forms = PluralText.decode(target);
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < rule.count(); n++) {
            String form = target == null ? "" : PluralCategories.formFor(forms, rule.categories().get(n));
            lines.add(string("msgstr[" + n + "]", CatalogCodes.restore(form, codes), eol));
        }
        return String.join(eol, lines);
    }

    /** A keyword and its string, on several lines (one per line of the text) when the text has inner line breaks. */
    static String string(String keyword, String value, String eol) {
        int inner = value.indexOf('\n');
        if (inner < 0 || inner == value.length() - 1) {
            return keyword + " " + quote(value);
        }
        StringBuilder out = new StringBuilder(keyword).append(" \"\"");
        int at = 0;
        while (at < value.length()) {
            int lf = value.indexOf('\n', at);
            int end = lf < 0 ? value.length() : lf + 1;
            out.append(eol).append(quote(value.substring(at, end)));
            at = end;
        }
        return out.toString();
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The header's Language and (for a catalog with plurals) Plural-Forms lines name the target; others stay. */
    private static void header(String text, PoCatalogScan.Entry header, String language,
                               Optional<GettextPlurals.Rule> rule, Splice splice, String eol) {
        boolean languageDone = false;
        boolean pluralDone = rule.isEmpty();
        int[] last = header.strLines.get(header.strLines.size() - 1);
        for (int[] line : header.strLines) {
            String raw = text.substring(line[0], line[1]).strip();
            String content = raw.startsWith("\"") ? PoString.unquote(raw, StandardCharsets.UTF_8) : "";
            if (content.startsWith("Language:")) {
                splice.replace(line[0], line[1], quote("Language: " + language + "\n"));
                languageDone = true;
            } else if (content.startsWith("Plural-Forms:") && rule.isPresent()) {
                splice.replace(line[0], line[1], quote("Plural-Forms: " + rule.get().header() + "\n"));
                pluralDone = true;
            }
        }
        String added = (languageDone ? "" : eol + quote("Language: " + language + "\n"))
                + (pluralDone ? "" : eol + quote("Plural-Forms: " + rule.get().header() + "\n"));
        if (!added.isEmpty()) {
            splice.replace(last[1], last[1], added);
        }
    }
}
