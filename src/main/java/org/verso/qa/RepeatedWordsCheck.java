package org.verso.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The same word twice in a row ("the the", "и и"), with only whitespace between. A source with doubled words of its
 * own ("very very") allows as many in the translation, in any language.
 */
public final class RepeatedWordsCheck implements QaCheck {

    @Override
    public String id() {
        return "repeated-words";
    }

    @Override
    public String name() {
        return "Repeated word";
    }

    @Override
    public String description() {
        return "The translation has the same word twice in a row where the source has not.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        List<String> inSource = doubled(Texts.of(source));
        List<String> inTarget = doubled(Texts.of(target));
        if (inTarget.size() <= inSource.size()) {
            return List.of();
        }
        Set<String> allowed = new HashSet<>(inSource);
        List<QaIssue> issues = new ArrayList<>();
        for (String word : inTarget) {
            if (!allowed.contains(word)) {
                issues.add(new QaIssue(id(), severity(), "The word “" + word + "” is repeated (“" + word + " " + word + "”)."));
            }
        }
        return issues;
    }

    /** Lower-cased words written twice in a row; numbers do not count. */
    private static List<String> doubled(String text) {
        List<Words.Word> words = Words.of(text);
        List<String> doubled = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals(words.get(i - 1).text().toLowerCase(Locale.ROOT)) && Character.isLetter(word.codePointAt(0))
                    && Words.onlySpaceBetween(text, words.get(i - 1), words.get(i))) {
                doubled.add(word);
            }
        }
        return doubled;
    }
}
