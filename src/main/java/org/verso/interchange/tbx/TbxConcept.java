package org.verso.interchange.tbx;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.verso.interchange.StaxInput;

/**
 * Reads one concept ({@code <conceptEntry>} of TBX v3, {@code <termEntry>} of TBX 2008) and pairs every
 * source-language term with every target-language term. Both versions nest the same way — concept, language
 * section, term section — so one walk serves them, matching elements by local name.
 */
final class TbxConcept {

    /** A definition or note, and where it stands: on a term, a language section, or the whole concept. */
    private record Note(String language, TbxTerm term, String text) {
    }

    private final XMLStreamReader xml;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final List<TbxTerm> terms = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    /** Empty terms of this concept, reported once the concept is complete: together with its other problem, once. */
    private final List<TbxTerm> emptyTerms = new ArrayList<>();
    private String language;
    private int languageDepth = -1;
    private TbxTerm term;
    private int termDepth = -1;

    private TbxConcept(XMLStreamReader xml, String sourceLanguage, String targetLanguage) {
        this.xml = xml;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    /** Reads from the concept's start tag to its end tag. */
    static int read(XMLStreamReader xml, String sourceLanguage, String targetLanguage,
            Consumer<GlossaryEntry> onEntry, Consumer<GlossaryProblem> onSkip) throws XMLStreamException {
        int line = StaxInput.line(xml);
        String id = StaxInput.attribute(xml, "id");
        String name = id == null ? "The concept" : "Concept \"" + id + "\"";
        TbxConcept concept = new TbxConcept(xml, sourceLanguage, targetLanguage);
        concept.walk(name, onSkip);
        return concept.deliver(line, name, onEntry, onSkip);
    }

    private void walk(String name, Consumer<GlossaryProblem> onSkip) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            if (StaxInput.nextTag(xml) == END_ELEMENT) {
                end(depth--, name, onSkip);
                continue;
            }
            depth++;
            if (start(depth, name, onSkip)) {
                depth--; // the element was read to its end tag
            }
        }
    }

    /** @return whether the element was read whole */
    private boolean start(int depth, String name, Consumer<GlossaryProblem> onSkip) throws XMLStreamException {
        String element = xml.getLocalName();
        switch (element) {
            case "langSec", "langSet" -> {
                language = TbxXml.language(xml);
                languageDepth = depth;
                if (language == null) {
                    onSkip.accept(new GlossaryProblem(StaxInput.line(xml),
                            name + ": <" + element + "> has no xml:lang, so its terms are skipped"));
                }
                return false;
            }
            case "termSec", "tig", "ntig" -> {
                term = new TbxTerm(language, StaxInput.line(xml));
                termDepth = depth;
                return false;
            }
            case "term" -> {
                String text = TbxXml.text(xml);
                if (term != null) {
                    term.text = text;
                }
                return true;
            }
            default -> {
                return readDatum(element);
            }
        }
    }

    /** Part of speech, status, definition or note, in the DCA ({@code <termNote type>}) or DCT style. */
    private boolean readDatum(String element) throws XMLStreamException {
        String type = element.equals("termNote") || element.equals("descrip") ? StaxInput.attribute(xml, "type")
                : element;
        if (type == null) {
            return false;
        }
        switch (type) {
            case "partOfSpeech" -> onTerm(TbxXml.text(xml), (t, v) -> t.partOfSpeech = v);
            case "administrativeStatus", "normativeAuthorization" -> onTerm(TbxXml.text(xml), TbxTerm::status);
            case "definition", "note" -> notes.add(new Note(language, term, TbxXml.text(xml)));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void onTerm(String value, BiConsumer<TbxTerm, String> setter) {
        if (term != null && !value.isEmpty()) {
            setter.accept(term, value);
        }
    }

    private void end(int depth, String name, Consumer<GlossaryProblem> onSkip) {
        if (depth == termDepth) {
            if (term.isEmpty() && term.language != null) {
                emptyTerms.add(term);
            } else if (!term.isEmpty()) {
                terms.add(term);
            }
            term = null;
            termDepth = -1;
        } else if (depth == languageDepth) {
            language = null;
            languageDepth = -1;
        }
    }

    private int deliver(int line, String name, Consumer<GlossaryEntry> onEntry, Consumer<GlossaryProblem> onSkip) {
        List<TbxTerm> sources = termsIn(sourceLanguage);
        List<TbxTerm> targets = termsIn(targetLanguage);
        if (sources.isEmpty() || targets.isEmpty()) {
            // One skip per concept: an empty term that left it without a term in a language is its reason.
            String missing = sources.isEmpty() ? sourceLanguage : targetLanguage;
            TbxTerm empty = emptyTerms.stream().filter(t -> sameLanguage(t.language, missing)).findFirst()
                    .orElse(null);
            onSkip.accept(empty == null ? new GlossaryProblem(line, name + " has no term in " + missing)
                    : new GlossaryProblem(empty.line, name + ": its " + empty.language + " term is empty"));
            return 0;
        }
        for (TbxTerm empty : emptyTerms) {
            onSkip.accept(new GlossaryProblem(empty.line, name + ": a " + empty.language + " term is empty"));
        }
        for (TbxTerm source : sources) {
            for (TbxTerm target : targets) {
                String partOfSpeech = source.partOfSpeech != null ? source.partOfSpeech : target.partOfSpeech;
                onEntry.accept(new GlossaryEntry(line, sourceLanguage, targetLanguage, source.text, target.text,
                        partOfSpeech, note(source, target), target.status, false));
            }
        }
        return sources.size() * targets.size();
    }

    private List<TbxTerm> termsIn(String wanted) {
        return terms.stream().filter(t -> sameLanguage(t.language, wanted)).toList();
    }

    /** The concept's notes and those of the two terms and their language sections, in file order. */
    private String note(TbxTerm source, TbxTerm target) {
        String joined = notes.stream()
                .filter(n -> n.term() == null
                        ? n.language() == null || n.language().equals(source.language)
                                || n.language().equals(target.language)
                        : n.term() == source || n.term() == target)
                .map(Note::text).filter(text -> !text.isEmpty()).distinct().collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Tags match ignoring case and {@code _} for {@code -}, and when one is the other plus subtags: a file's
     * "en-US" term serves a glossary for "en", and its "pt" term one for "pt-BR"; "pt-PT" does not serve "pt-BR".
     */
    static boolean sameLanguage(String inFile, String wanted) {
        if (inFile == null) {
            return false;
        }
        String a = inFile.replace('_', '-').toLowerCase(Locale.ROOT);
        String b = wanted.replace('_', '-').toLowerCase(Locale.ROOT);
        return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
    }

    static String requireLanguage(String language, String which) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("A glossary import needs a " + which + " language");
        }
        return Objects.requireNonNull(language).strip();
    }
}
