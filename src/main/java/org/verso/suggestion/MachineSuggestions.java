package org.verso.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.verso.document.DocumentService;
import org.verso.memory.MemoryMatch;
import org.verso.editor.EditorRow;
import org.verso.editor.EditorService;
import org.verso.translation.TranslationService;
import org.verso.machine.MachineTranslation;
import org.verso.machine.Suggestion;
import org.verso.machine.Suggestions;

/**
 * Machine translation suggestions for one segment, next to its memory matches. Nothing here holds a transaction:
 * the segment is read first, then the engines are asked.
 */
@ApplicationScoped
public class MachineSuggestions {

    /** What the editor shows below the memory matches: the row being translated and the engines' answers. */
    public record ForSegment(EditorRow row, Suggestions suggestions) {
    }

    private final TranslationService translations;
    private final EditorService editor;
    private final DocumentService documents;
    private final MachineTranslation machine;

    MachineSuggestions(TranslationService translations, EditorService editor, DocumentService documents,
                       MachineTranslation machine) {
        this.translations = translations;
        this.editor = editor;
        this.documents = documents;
        this.machine = machine;
    }

    /** True when an engine is configured, so the editor has something to load. */
    public boolean enabled() {
        return machine.enabled();
    }

    /**
     * Memory matches, then one suggestion per engine offering the pair, with origin "mt:&lt;provider&gt;", score 0 and
     * no unit. An engine that is down is left out.
     */
    public List<MemoryMatch> matchesWithMachine(long documentId, String languageTag, long segmentId, int limit,
                                                int threshold) {
        List<MemoryMatch> all = new ArrayList<>(translations.matches(documentId, languageTag, segmentId, limit,
                threshold));
        ForSegment found = forSegment(documentId, languageTag, segmentId);
        for (Suggestion s : found.suggestions().found()) {
            all.add(new MemoryMatch(found.row().source(), s.text(), 0, "mt:" + s.provider(), 0, null, null));
        }
        return all;
    }

    /** The row and what every engine offering the document's pair suggests for it. */
    public ForSegment forSegment(long documentId, String languageTag, long segmentId) {
        EditorRow row = editor.row(documentId, languageTag, segmentId);
        String language = translations.requireLanguage(documentId, languageTag);
        String sourceLanguage = documents.getDocument(documentId).sourceLanguage();
        return new ForSegment(row, machine.suggest(sourceLanguage, language, row.source()));
    }
}
