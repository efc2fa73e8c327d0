package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a source term occurs, a forbidden target term for it is an error, else the absence of all its preferred and
 * admitted ones a warning; a forbidden term without a source term is an error anywhere. Terms are found as the
 * editor marks them ({@link GlossaryMatch}).
 */
public final class GlossaryCheck implements QaCheck {

    private final AtomicReference<GlossaryMatch> last = new AtomicReference<>();

    @Override
    public String id() {
        return "glossary";
    }

    @Override
    public String name() {
        return "Glossary terms";
    }

    @Override
    public String description() {
        return "The translation uses a forbidden term, or lacks the glossary's translation of a source term.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        GlossaryMatch glossary = GlossaryMatch.reuse(last, QaContext.orEmpty(context));
        Set<GlossaryTerm> inTarget = glossary.inTarget(target);
        return glossary.groupsIn(source).entrySet().stream()
                .flatMap(g -> findings(g.getKey(), g.getValue(), inTarget).stream()).toList();
    }

    private List<QaIssue> findings(String sourceTerm, List<GlossaryTerm> entries, Set<GlossaryTerm> inTarget) {
        List<QaIssue> issues = new ArrayList<>();
        List<GlossaryTerm> allowed = entries.stream().filter(e -> !e.forbidden()).toList();
        String use = TermGroups.alternatives(allowed);
        for (GlossaryTerm e : entries) {
            if (e.forbidden() && inTarget.contains(e)) {
                issues.add(QaIssue.of(id(), Severity.ERROR, use.isEmpty() ? "forbiddenTerm" : "forbiddenTermUse",
                        Map.of("term", Texts.strip(e.targetTerm()), "use", use)));
            }
        }
        if (issues.isEmpty() && !sourceTerm.isEmpty() && !allowed.isEmpty() && allowed.stream().noneMatch(inTarget::contains)) {
            issues.add(QaIssue.of(id(), severity(), "termNotUsed", Map.of("term", sourceTerm, "use", use)));
        }
        return issues;
    }
}
