package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every number of the source is in the translation and back, compared by value as each language writes it
 * ({@link NumberReader}): "25,000" = "25 000" = "25.000" (de) = "۲۵٬۰۰۰" = "2.5万"; one that may be spelled out
 * ({@link NumberToken#spellable()}) is only a warning.
 */
public final class NumbersCheck implements QaCheck {

    private static final Pattern INLINE_CODE = Pattern.compile("</?[1-9][0-9]{0,3}/?>");

    @Override
    public String id() {
        return "numbers";
    }

    @Override
    public String name() {
        return "Numbers";
    }

    @Override
    public String description() {
        return "A number of the source is missing from the translation, or the translation has a number the source has not.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        QaContext c = QaContext.orEmpty(context);
        List<NumberToken> missing = new ArrayList<>(NumberReader.read(withoutCodes(source), c.sourceLanguage()));
        List<NumberToken> extra = new ArrayList<>(NumberReader.read(withoutCodes(target), c.targetLanguage()));
        missing.removeIf(s -> extra.stream().filter(s::sameNumberAs).findFirst().map(extra::remove).orElse(false));
        List<QaIssue> issues = new ArrayList<>();
        String found = extra.stream().limit(3).map(t -> t.shownBeside(missing, c.targetLanguage()))
                .collect(Collectors.joining(", "));
        for (NumberToken number : missing) {
            issues.add(issue(number, extra.isEmpty() ? "numberMissing" : "numberMissingFound",
                    Map.of("number", number.written(), "found", found)));
        }
        for (NumberToken number : missing.isEmpty() ? extra : List.<NumberToken>of()) {
            issues.add(issue(number, "numberExtra", Map.of("number", number.written())));
        }
        return issues;
    }

    /**
     * The text with its inline codes ({@code <1>}, {@code </2>}, {@code <3/>}: the source file's markup, numbered)
     * blanked: their digits are not numbers of the text, and a translation may move or drop a code.
     */
    private static String withoutCodes(String text) {
        return text == null ? null : INLINE_CODE.matcher(text).replaceAll(" ");
    }

    private QaIssue issue(NumberToken number, String code, Map<String, String> args) {
        return QaIssue.of(id(), number.spellable() ? Severity.WARNING : severity(), code, args);
    }
}
