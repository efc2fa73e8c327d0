package org.verso.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A pair's glossary entries by their (trimmed) source term, in glossary order; entries without a target term dropped. */
final class TermGroups {

    private TermGroups() {
    }

    static Map<String, List<GlossaryTerm>> bySourceTerm(List<GlossaryTerm> terms) {
        Map<String, List<GlossaryTerm>> bySource = new LinkedHashMap<>();
        for (GlossaryTerm t : terms) {
            if (t != null && !Texts.isBlank(t.targetTerm())) {
                bySource.computeIfAbsent(Texts.strip(t.sourceTerm()), k -> new ArrayList<>()).add(t);
            }
        }
        return bySource;
    }

    /** "“войска” or “военные”". */
    static String alternatives(List<GlossaryTerm> entries) {
        return entries.stream().map(e -> "“" + Texts.strip(e.targetTerm()) + "”").collect(Collectors.joining(" or "));
    }
}
