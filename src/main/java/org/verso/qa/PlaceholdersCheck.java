package org.verso.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation keeps every placeholder and inline code of the source, as often as the source has it, and adds
 * none (see {@link Placeholders} for the syntaxes). Their order may change, as word order does.
 */
public final class PlaceholdersCheck implements QaCheck {

    @Override
    public String id() {
        return "placeholders";
    }

    @Override
    public String name() {
        return "Placeholders and inline codes";
    }

    @Override
    public String description() {
        return "A placeholder or inline code of the source is missing from the translation, or one was added.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        Map<String, Integer> balance = new LinkedHashMap<>();
        Placeholders.find(source).forEach(p -> balance.merge(p, 1, Integer::sum));
        Placeholders.find(target).forEach(p -> balance.merge(p, -1, Integer::sum));
        List<QaIssue> issues = new ArrayList<>();
        balance.forEach((placeholder, surplus) -> {
            if (surplus > 0) {
                issues.add(QaIssue.of(id(), severity(), surplus > 1 ? "placeholderMissingTimes" : "placeholderMissing",
                        Map.of("placeholder", placeholder, "count", String.valueOf(surplus))));
            } else if (surplus < 0) {
                issues.add(QaIssue.of(id(), severity(), surplus < -1 ? "placeholderExtraTimes" : "placeholderExtra",
                        Map.of("placeholder", placeholder, "count", String.valueOf(-surplus))));
            }
        });
        return issues;
    }
}
