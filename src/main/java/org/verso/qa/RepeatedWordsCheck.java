package org.verso.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        List<String> inSource = Words.doubled(Texts.of(source));
        List<String> inTarget = Words.doubled(Texts.of(target));
        if (inTarget.size() <= inSource.size()) {
            return List.of();
        }
        Set<String> allowed = new HashSet<>(inSource);
        List<QaIssue> issues = new ArrayList<>();
        for (String word : inTarget) {
            if (!allowed.contains(word)) {
                issues.add(QaIssue.of(id(), severity(), "repeatedWord", Map.of("word", word)));
            }
        }
        return issues;
    }
}
