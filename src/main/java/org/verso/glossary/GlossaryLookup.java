package org.verso.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verso.terms.TermHit;
import org.verso.terms.TermMatcher;

/** A pair's glossary ready to search segments with; immutable, shared between requests until the glossary changes. */
public final class GlossaryLookup {

    private final TermMatcher matcher;
    private final List<TermView> terms;
    private final Map<Long, TermView> byId;

    /** @param terms the pair's terms in glossary order (by source term) */
    GlossaryLookup(TermMatcher matcher, List<TermView> terms) {
        this.matcher = matcher;
        this.terms = List.copyOf(terms);
        this.byId = terms.stream().collect(Collectors.toUnmodifiableMap(TermView::id, t -> t));
    }

    /** The terms found in {@code source}, in text order, each with what to write for it. */
    public List<TermHint> hints(String source) {
        List<TermHint> hints = new ArrayList<>();
        for (TermHit hit : matcher.find(source)) {
            TermView term = byId.get(hit.termId());
            hints.add(new TermHint(hit.start(), hit.end(), hit.matchedText(), term.sourceTerm(), term.targetTerm(),
                    term.status(), term.note()));
        }
        return hints;
    }

    /** The pair's terms, as the lookup was built from them. */
    public List<TermView> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
