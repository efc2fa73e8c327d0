package org.verso.interchange.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.MarkupCode;

/**
 * Turns a catalog value's placeholders into Verso's protected inline codes ({@code <1/>}) and back. One instance per
 * unit: the same placeholder is the same code in every plural form, so the placeholder check compares like with like.
 */
public final class CatalogCodes {

    /** printf ({@code %s %1$d %.2f %%}), Python ({@code %(name)s}), i18next ({@code {{name}}}), ICU/MessageFormat
     * arguments without nested braces ({@code {0} {name} {count, number}}). */
    public static final Pattern PLACEHOLDERS = Pattern.compile(String.join("|",
            "%%",
            "%\\([A-Za-z_][\\w.]*\\)[-+0#]*\\d*(?:\\.\\d+)?[diouxXeEfFgGcrsa]",
            "(?<![\\d%])%(?:\\d+\\$)?[-+0#]*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcspn@]",
            "\\{\\{[^{}]+\\}\\}",
            "\\{\\s*[\\p{L}\\d_][\\p{L}\\d_.]*\\s*(?:,[^{}]*)?\\}"));

    /** Also markup inside an Android string ({@code <b>}, {@code </b>}, {@code <xliff:g id="n">}). */
    public static final Pattern WITH_MARKUP = Pattern.compile(PLACEHOLDERS.pattern() + "|</?[A-Za-z][^<>]*>");

    /** Also ICU's {@code #} inside a plural branch, the number itself. */
    public static final Pattern IN_ICU_PLURAL = Pattern.compile(PLACEHOLDERS.pattern() + "|#");

    private static final Pattern CODE = Pattern.compile("<([1-9][0-9]{0,3})/>");

    private final Pattern pattern;
    private final List<MarkupCode> codes = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    public CatalogCodes(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The value with each placeholder as a standalone code, numbered by first appearance in the unit. */
    public String protect(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        Matcher m = pattern.matcher(value);
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start());
            int number = numbers.computeIfAbsent(m.group(), literal -> {
                codes.add(MarkupCode.standalone(literal));
                return codes.size();
            });
            out.append(InlineCodes.standalone(number));
            at = m.end();
        }
        return out.append(value.substring(at)).toString();
    }

    public List<MarkupCode> codes() {
        return List.copyOf(codes);
    }

    /** A translation's text with each code {@code <n/>} back as the placeholder it stands for; others stay text. */
    public static String restore(String text, List<MarkupCode> codes) {
        return restore(text, codes, UnaryOperator.identity());
    }

    /** As above, the text between the codes put through {@code escape} (the format's escaping), the codes not. */
    public static String restore(String text, List<MarkupCode> codes, UnaryOperator<String> escape) {
        if (text == null) {
            return null;
        }
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (number > codes.size()) {
                continue;
            }
            out.append(escape.apply(text.substring(at, m.start()))).append(codes.get(number - 1).open());
            at = m.end();
        }
        return out.append(escape.apply(text.substring(at))).toString();
    }
}
