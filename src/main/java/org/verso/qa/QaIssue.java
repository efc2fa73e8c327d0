package org.verso.qa;

import java.util.Map;
import java.util.Objects;

/**
 * One finding of one check on one pair: the check's id, its severity and a human sentence naming the offending item.
 * The sentence is English; {@code code} (a key of the {@code check} message bundle, stable like the check id) and
 * {@code args} let a page or an API answer say it in the viewer's language. A finding without a code has none.
 */
public record QaIssue(String check, Severity severity, String message, String code, Map<String, String> args) {

    public QaIssue {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /** A finding whose sentence has no code: said the same in every language. */
    public QaIssue(String check, Severity severity, String message) {
        this(check, severity, message, null, Map.of());
    }

    /** The finding {@code code} with its values, its English sentence from messages/check_en.properties. */
    public static QaIssue of(String check, Severity severity, String code, Map<String, String> args) {
        return new QaIssue(check, severity, CheckTexts.english(code, args), code, args);
    }

    /** The same finding: the same check, severity and English sentence, however it is coded. */
    @Override
    public boolean equals(Object other) {
        return other instanceof QaIssue that && Objects.equals(check, that.check) && severity == that.severity
                && Objects.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(check, severity, message);
    }

    /** The same finding said in other words (another language). */
    public QaIssue saying(String sentence) {
        return new QaIssue(check, severity, sentence, code, args);
    }
}
