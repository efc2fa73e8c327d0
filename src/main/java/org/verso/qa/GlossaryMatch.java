package org.verso.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.verso.terms.SearchTerm;
import org.verso.terms.TermMatcher;

/**
 * A pair's glossary entries ready to be looked for: their source terms in the source language and their target
 * terms in the target language, each by the one {@link TermMatcher} the editor marks terms with, so the check and
 * the marks agree. Built once per glossary and reused ({@link #reuse}): building a matcher costs more than asking
 * it.
 */
final class GlossaryMatch {

    private final String sourceLanguage;
    private final String targetLanguage;
    private final List<GlossaryTerm> entries;
    private final Map<String, List<GlossaryTerm>> groups;
    private final TermMatcher sources;
    private final TermMatcher targets;

    private GlossaryMatch(QaContext context) {
        this.sourceLanguage = context.sourceLanguage();
        this.targetLanguage = context.targetLanguage();
        this.entries = new ArrayList<>(context.terms()); // a copy, so a caller's later change is a new glossary
        this.groups = TermGroups.bySourceTerm(entries);
        this.sources = matcher(sourceLanguage, GlossaryTerm::sourceTerm);
        this.targets = matcher(targetLanguage, GlossaryTerm::targetTerm);
    }

    /**
     * The glossary {@code last} holds when it is the context's, else one built for the context and kept there: a
     * report asks about every pair of a document with the same entries, so it builds the matchers once.
     */
    static GlossaryMatch reuse(AtomicReference<GlossaryMatch> last, QaContext context) {
        return last.updateAndGet(m -> m != null && m.isFor(context) ? m : new GlossaryMatch(context));
    }

    private boolean isFor(QaContext other) {
        return Objects.equals(sourceLanguage, other.sourceLanguage())
                && Objects.equals(targetLanguage, other.targetLanguage()) && entries.equals(other.terms());
    }

    /**
     * The groups of entries ({@link TermGroups}) the source text asks about: those whose source term occurs in it,
     * and those without a source term, whose forbidden terms count anywhere.
     */
    Map<String, List<GlossaryTerm>> groupsIn(String source) {
        Set<GlossaryTerm> found = entries(sources.present(source));
        Map<String, List<GlossaryTerm>> asked = new LinkedHashMap<>();
        groups.forEach((term, group) -> {
            if (term.isEmpty() || group.stream().anyMatch(found::contains)) {
                asked.put(term, group);
            }
        });
        return asked;
    }

    /** The entries whose target term occurs in the text. */
    Set<GlossaryTerm> inTarget(String text) {
        return entries(targets.present(text));
    }

    /** One search term per entry with a term on that side, its id the entry's place in the list. */
    private TermMatcher matcher(String language, Function<GlossaryTerm, String> side) {
        List<SearchTerm> terms = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            GlossaryTerm entry = entries.get(i);
            if (entry != null && !Texts.isBlank(side.apply(entry))) {
                terms.add(new SearchTerm(i, Texts.strip(side.apply(entry)), entry.caseSensitive()));
            }
        }
        return TermMatcher.of(language, terms);
    }

    private Set<GlossaryTerm> entries(Set<Long> ids) {
        Set<GlossaryTerm> found = new HashSet<>();
        ids.forEach(id -> found.add(entries.get(id.intValue())));
        return found;
    }
}
