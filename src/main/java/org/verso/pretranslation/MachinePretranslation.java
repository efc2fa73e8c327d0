package org.verso.pretranslation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;
import org.verso.failure.UnavailableException;
import org.verso.machine.MachineBatch;
import org.verso.machine.MachineTranslation;
import org.verso.machine.engine.MtUnavailableException;
import org.verso.translation.ChangeOrigin;
import org.verso.translation.Translation;
import org.verso.translation.TranslationStatus;
import org.verso.translation.TranslationWriter;

/**
 * Pre-translation from memory, then by machine for the NEW segments left (those without a 101% or 100% match):
 * engine output is filled as FUZZY, never better, and marked as machine-made. The engine is asked between two short
 * transactions, so no row stays locked while a remote server thinks; a segment someone saved meanwhile is left
 * alone, because its version moved.
 */
@ApplicationScoped
public class MachinePretranslation {

    /** A segment waiting for machine translation, as read before the engine is asked. */
    private record Open(long translationId, int version, int words, String source) {
    }

    private final MemoryPretranslation memory;
    private final DocumentService documents;
    private final MachineTranslation machine;
    private final TranslationWriter writer;

    MachinePretranslation(MemoryPretranslation memory, DocumentService documents, MachineTranslation machine,
                          TranslationWriter writer) {
        this.writer = writer;
        this.memory = memory;
        this.documents = documents;
        this.machine = machine;
    }

    /**
     * Memory first, then machine translation. {@code progress} hears how many distinct source texts the engine has
     * done (cached ones count at once). 503 when no engine answers for the pair.
     */
    public PretranslationResult pretranslate(long documentId, String languageTag, Actor actor, IntConsumer progress) {
        PretranslationResult fromMemory = memory.pretranslate(documentId, languageTag, actor);
        String language = fromMemory.language();
        String sourceLanguage = documents.getDocument(documentId).sourceLanguage();
        List<Open> open = QuarkusTransaction.requiringNew().call(() -> open(documentId, language));
        MachineBatch batch;
        try {
            batch = machine.translateAll(sourceLanguage, language, open.stream().map(Open::source).toList(), progress)
                    .orElseThrow(() -> new UnavailableException(ErrPretranslation.class,
                            m -> m.machineTranslationEngineOffers(sourceLanguage, language)));
        } catch (MtUnavailableException e) {
            throw new UnavailableException(ErrPretranslation.class, m -> m.memoryMatchesWereFilled(e.getMessage()));
        }
        int[] filled = QuarkusTransaction.requiringNew().call(() -> fill(open, batch, actor));
        List<PretranslationResult.Filled> bands = new ArrayList<>(fromMemory.bands());
        bands.add(new PretranslationResult.Filled(MatchBand.MT.label(), TranslationStatus.FUZZY.name(), filled[0],
                filled[1]));
        return new PretranslationResult(documentId, language, bands, fromMemory.segments() + filled[0],
                fromMemory.words() + filled[1]);
    }

    private List<Open> open(long documentId, String language) {
        Map<Long, String> sources = new HashMap<>();
        for (SegmentView segment : documents.segments(documentId)) {
            sources.put(segment.id(), segment.source());
        }
        List<Translation> untouched = Translation.find("documentId = ?1 and language = ?2 and status = ?3 "
                + "and translatable = true order by ordinal", documentId, language, TranslationStatus.NEW).list();
        return untouched.stream().filter(t -> !sources.getOrDefault(t.segmentId, "").isBlank())
                .map(t -> new Open(t.id, t.version, t.words, sources.get(t.segmentId))).toList();
    }

    /** Segments and words filled; a translation no longer NEW or at another version is skipped. */
    private int[] fill(List<Open> open, MachineBatch batch, Actor actor) {
        int[] filled = new int[2];
        List<TranslationWriter.Change> fills = new ArrayList<>();
        Map<Long, Translation> locked = new HashMap<>();
        if (!open.isEmpty()) {
            Translation.<Translation>find("id in ?1", open.stream().map(Open::translationId).toList())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list().forEach(t -> locked.put(t.id, t));
        }
        for (int i = 0; i < open.size(); i++) {
            String text = batch.texts().get(i);
            Translation translation = locked.get(open.get(i).translationId());
            if (text == null || text.isBlank() || translation == null || translation.status != TranslationStatus.NEW
                    || translation.version != open.get(i).version()) {
                continue;
            }
            fills.add(TranslationWriter.Change.to(translation, text, TranslationStatus.FUZZY,
                    "Pre-translated by machine translation (" + batch.provider() + ")"));
            filled[0]++;
            filled[1] += open.get(i).words();
        }
        writer.applyAll(fills, ChangeOrigin.MACHINE, actor);
        MachineOrigin.mark(fills.stream().map(TranslationWriter.Change::translation).toList(), batch.provider());
        return filled;
    }
}
