package org.verso.qa;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The same source translated otherwise elsewhere in the document or the memory, compared with whitespace collapsed. */
public final class InconsistencyCheck implements QaCheck {

    private static final int QUOTED = 2;

    @Override
    public String id() {
        return "inconsistency";
    }

    @Override
    public String name() {
        return "Inconsistent translation";
    }

    @Override
    public String description() {
        return "The same source is translated differently elsewhere in the document or the memory.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        Set<String> others = new LinkedHashSet<>();
        for (String other : QaContext.orEmpty(context).otherTranslationsOfSameSource()) {
            if (!Texts.isBlank(other)) {
                others.add(Texts.collapseSpace(other));
            }
        }
        if (others.isEmpty() || others.contains(Texts.collapseSpace(target))) {
            return List.of();
        }
        String quoted = others.stream().limit(QUOTED).map(o -> Texts.quote(o, 120)).collect(Collectors.joining(", "));
        return List.of(others.size() > QUOTED
                ? QaIssue.of(id(), severity(), "translatedDifferentlyMore", Map.of("quoted", quoted,
                        "more", String.valueOf(others.size() - QUOTED)))
                : QaIssue.of(id(), severity(), "translatedDifferently", Map.of("quoted", quoted)));
    }
}
