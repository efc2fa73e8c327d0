package org.verso.qa;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translation starts in lower case though the source starts with a capital: the first letters are compared,
 * past quotes, brackets, ¿ ¡ and spaces. A text that starts with a number ("9 мая…" for "On May 9…") has no
 * capital to compare. Only for targets in scripts with case (Latin, Cyrillic, Greek,
 * Armenian…); Persian, Arabic, CJK and Georgian (whose capitals do not start sentences) are never flagged.
 */
public final class CapitalizationCheck implements QaCheck {

    private static final Set<UnicodeScript> CASED = Set.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC,
            UnicodeScript.GREEK, UnicodeScript.ARMENIAN, UnicodeScript.COPTIC, UnicodeScript.GLAGOLITIC,
            UnicodeScript.ADLAM, UnicodeScript.CHEROKEE, UnicodeScript.DESERET, UnicodeScript.OSAGE);

    @Override
    public String id() {
        return "capitalization";
    }

    @Override
    public String name() {
        return "Capital letter at the start";
    }

    @Override
    public String description() {
        return "The source starts with a capital letter but the translation starts in lower case.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        int first = firstLetter(Texts.of(source));
        int firstOfTarget = firstLetter(Texts.of(target));
        if (first < 0 || firstOfTarget < 0 || !(Character.isUpperCase(first) || Character.isTitleCase(first))
                || !Character.isLowerCase(firstOfTarget) || !CASED.contains(UnicodeScript.of(firstOfTarget))) {
            return List.of();
        }
        return List.of(QaIssue.of(id(), severity(), "lowerCaseStart", Map.of("target", Character.toString(firstOfTarget),
                "source", Character.toString(first))));
    }

    /** The first letter past quotes, brackets, ¿ ¡ and spaces; -1 when there is none or a digit comes first. */
    private static int firstLetter(String text) {
        int first = text.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
        return Character.isLetter(first) ? first : -1;
    }
}
