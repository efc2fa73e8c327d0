package org.verso.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verso.glossary.matching.TermHit;
import org.verso.glossary.matching.TermMatcher;

/** A pair's glossary ready to search segments with; immutable, shared between requests until the glossary changes. */
public final class GlossaryLookup {

    private final TermMatcher matcher;
    private final Map<Long, TermView> terms;

    GlossaryLookup(TermMatcher matcher, Map<Long, TermView> terms) {
        this.matcher = matcher;
        this.terms = Map.copyOf(terms);
    }

    /** The terms found in {@code source}, in text order, each with what to write for it. */
    public List<TermHint> hints(String source) {
        List<TermHint> hints = new ArrayList<>();
        for (TermHit hit : matcher.find(source)) {
            TermView term = terms.get(hit.termId());
            hints.add(new TermHint(hit.start(), hit.end(), hit.matchedText(), term.sourceTerm(), term.targetTerm(),
                    term.status(), term.note()));
        }
        return hints;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
