package org.verso.qa;

import java.util.List;
import java.util.Map;

/** A translation that is empty or only whitespace while the source has text. */
public final class EmptyTargetCheck implements QaCheck {

    @Override
    public String id() {
        return "empty-target";
    }

    @Override
    public String name() {
        return "Empty translation";
    }

    @Override
    public String description() {
        return "The translation is empty although the source is not.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        if (Texts.isBlank(target) && !Texts.isBlank(source)) {
            return List.of(QaIssue.of(id(), severity(), "emptyTarget", Map.of()));
        }
        return List.of();
    }
}
