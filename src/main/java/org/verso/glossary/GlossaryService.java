package org.verso.glossary;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.failure.StorableText;
import org.verso.language.LanguageTags;
import org.verso.terms.SearchTerm;
import org.verso.terms.TermMatcher;
import org.verso.terms.TermStatus;

/** The glossary: terms per language pair, kept by reviewers and admins, read by everyone. */
@ApplicationScoped
public class GlossaryService {

    private static final int MAX_TERM = 500;
    private static final int MAX_NOTE = 2000;

    /** Per pair, the newest lookup built and the state of the glossary it was built from. */
    private final Map<String, Cached> lookups = new ConcurrentHashMap<>();

    private record Cached(String state, GlossaryLookup lookup) {
    }

    /**
     * The pair's glossary as a term matcher. Built once and reused while the pair's terms stay the same (count and
     * newest change, one query), so an instance also notices terms changed on another one.
     */
    @Transactional
    public GlossaryLookup lookup(String sourceLanguage, String targetLanguage) {
        String source = LanguageTags.normalize(sourceLanguage);
        String target = LanguageTags.normalize(targetLanguage);
        Object[] row = (Object[]) Term.getEntityManager().createQuery("select count(t), max(t.updatedAt) from Term t "
                + "where t.sourceLanguage = ?1 and t.targetLanguage = ?2").setParameter(1, source)
                .setParameter(2, target).getSingleResult();
        String state = row[0] + "/" + row[1];
        String key = source + "\u0000" + target;
        Cached cached = lookups.get(key);
        if (cached != null && cached.state().equals(state)) {
            return cached.lookup();
        }
        List<TermView> terms = terms(source, target);
        List<SearchTerm> matchable = terms.stream()
                .map(t -> new SearchTerm(t.id(), t.sourceTerm(), t.caseSensitive())).toList();
        GlossaryLookup built = new GlossaryLookup(TermMatcher.of(source, matchable), terms);
        lookups.put(key, new Cached(state, built));
        return built;
    }

    /** The terms of a pair, sorted by source term. */
    @Transactional
    public List<TermView> terms(String sourceLanguage, String targetLanguage) {
        String source = LanguageTags.normalize(sourceLanguage);
        String target = LanguageTags.normalize(targetLanguage);
        List<Term> terms = Term.list("sourceLanguage = ?1 and targetLanguage = ?2",
                Sort.by("sourceTerm").and("targetTerm"), source, target);
        return terms.stream().map(TermView::of).toList();
    }

    @Transactional
    public TermView create(TermInput input, String username) {
        Term term = new Term();
        term.createdBy = username;
        term.createdAt = Instant.now();
        apply(term, input);
        term.persist();
        return TermView.of(term);
    }

    @Transactional
    public TermView update(long id, TermInput input) {
        Term term = require(id);
        apply(term, input);
        return TermView.of(term);
    }

    @Transactional
    public void delete(long id) {
        require(id).delete();
    }

    /** Checks and normalizes one entry; the caller decides what a refusal means (an error, a skipped line). */
    static Term checked(TermInput input) {
        Term term = new Term();
        term.sourceLanguage = LanguageTags.normalize(required(input.sourceLanguage(), "sourceLanguage"));
        term.targetLanguage = LanguageTags.normalize(required(input.targetLanguage(), "targetLanguage"));
        term.sourceTerm = bounded(required(input.sourceTerm(), "sourceTerm").strip(), "sourceTerm", MAX_TERM);
        term.targetTerm = bounded(required(input.targetTerm(), "targetTerm").strip(), "targetTerm", MAX_TERM);
        term.partOfSpeech = blankToNull(input.partOfSpeech());
        if (term.partOfSpeech != null) {
            term.partOfSpeech = bounded(term.partOfSpeech, "partOfSpeech", 40);
        }
        term.note = blankToNull(input.note());
        if (term.note != null) {
            term.note = bounded(term.note, "note", MAX_NOTE);
        }
        TermStatus status = input.status() == null || input.status().isBlank() ? TermStatus.PREFERRED
                : TermStatus.fromCode(input.status()).orElseThrow(() -> new InvalidInputException(ErrGlossary.class,
                        m -> m.statusMustPreferredAdmitted(input.status())));
        term.status = status.code();
        term.caseSensitive = Boolean.TRUE.equals(input.caseSensitive());
        return term;
    }

    private static void apply(Term term, TermInput input) {
        Term checked = checked(input);
        Term existing = Term.find("sourceLanguage = ?1 and targetLanguage = ?2 and sourceTerm = ?3 and targetTerm = ?4",
                checked.sourceLanguage, checked.targetLanguage, checked.sourceTerm, checked.targetTerm).firstResult();
        boolean duplicate = existing != null && !existing.id.equals(term.id);
        if (duplicate) {
            throw new ConflictException(ErrGlossary.class,
                    m -> m.glossaryAlready(checked.sourceTerm, checked.targetTerm, checked.sourceLanguage, checked.targetLanguage));
        }
        term.sourceLanguage = checked.sourceLanguage;
        term.targetLanguage = checked.targetLanguage;
        term.sourceTerm = checked.sourceTerm;
        term.targetTerm = checked.targetTerm;
        term.partOfSpeech = checked.partOfSpeech;
        term.note = checked.note;
        term.status = checked.status;
        term.caseSensitive = checked.caseSensitive;
        term.updatedAt = Instant.now();
    }

    private static Term require(long id) {
        Term term = Term.findById(id);
        if (term == null) {
            throw new NotFoundException(ErrGlossary.class, m -> m.glossaryTerm(id));
        }
        return term;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(ErrGlossary.class, m -> m.give(field));
        }
        return value;
    }

    private static String bounded(String value, String field, int max) {
        StorableText.require(value, field);
        if (value.length() > max) {
            throw new InvalidInputException(ErrGlossary.class, m -> m.mostCharacters(field, max));
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
