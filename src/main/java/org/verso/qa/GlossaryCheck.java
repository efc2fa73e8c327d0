package org.verso.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Glossary terms: where a source term occurs, a forbidden target term for it is an error, and the absence of all
 * its preferred and admitted target terms is a warning. A forbidden term without a source term is an error
 * wherever it occurs. Terms are matched as whole words, with the inflection rule of {@link TermFinder}.
 */
public final class GlossaryCheck implements QaCheck {

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
        QaContext c = QaContext.orEmpty(context);
        TermFinder inSource = new TermFinder(source, c.sourceLanguage());
        TermFinder inTarget = new TermFinder(target, c.targetLanguage());
        Map<String, List<GlossaryTerm>> bySource = new LinkedHashMap<>();
        c.terms().stream().filter(t -> t != null && !Texts.isBlank(t.targetTerm()))
                .forEach(t -> bySource.computeIfAbsent(Texts.strip(t.sourceTerm()), k -> new ArrayList<>()).add(t));
        List<QaIssue> issues = new ArrayList<>();
        bySource.forEach((sourceTerm, entries) -> {
            if (sourceTerm.isEmpty() || entries.stream().anyMatch(e -> inSource.has(sourceTerm, e.caseSensitive()))) {
                issues.addAll(findings(sourceTerm, entries, inTarget));
            }
        });
        return issues;
    }

    private List<QaIssue> findings(String sourceTerm, List<GlossaryTerm> entries, TermFinder inTarget) {
        List<QaIssue> issues = new ArrayList<>();
        List<GlossaryTerm> allowed = entries.stream().filter(e -> e.status() != TermStatus.FORBIDDEN).toList();
        String use = allowed.stream().map(e -> "“" + Texts.strip(e.targetTerm()) + "”").collect(Collectors.joining(" or "));
        for (GlossaryTerm e : entries) {
            if (e.status() == TermStatus.FORBIDDEN && inTarget.has(e.targetTerm(), e.caseSensitive())) {
                issues.add(new QaIssue(id(), Severity.ERROR, "The translation uses the forbidden term “"
                        + Texts.strip(e.targetTerm()) + "”" + (use.isEmpty() ? "." : "; the glossary has " + use + ".")));
            }
        }
        if (!sourceTerm.isEmpty() && !allowed.isEmpty()
                && allowed.stream().noneMatch(e -> inTarget.has(e.targetTerm(), e.caseSensitive()))) {
            issues.add(new QaIssue(id(), severity(), "The term “" + sourceTerm + "” should be translated as " + use + " (glossary)."));
        }
        return issues;
    }
}
