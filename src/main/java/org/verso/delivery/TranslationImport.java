package org.verso.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.ImportConfig;
import org.verso.document.ResegmentationService;
import org.verso.failure.InvalidInputException;
import org.verso.failure.TooLargeException;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.UnitState;
import org.verso.interchange.xliff.XliffReader;
import org.verso.language.LanguageTags;
import org.verso.translation.ChangeOrigin;
import org.verso.translation.StatusTransitions;
import org.verso.translation.Stepper;
import org.verso.translation.Translation;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;
import org.verso.translation.TranslationWriter;

/**
 * Applies the targets of a bilingual file (XLIFF 1.2 or 2.x) translated elsewhere to one language of a document, in
 * one transaction: a wrong language pair or a broken file changes nothing. A target Verso changed after the file
 * was exported is reported as a conflict and never overwritten.
 */
@ApplicationScoped
public class TranslationImport {

    private final DocumentService documents;
    private final TranslationService translations;
    private final ResegmentationService resegmentation;
    private final TranslationWriter writer;
    private final ImportConfig limits;

    TranslationImport(DocumentService documents, TranslationService translations,
                      ResegmentationService resegmentation, TranslationWriter writer, ImportConfig limits) {
        this.limits = limits;
        this.writer = writer;
        this.documents = documents;
        this.translations = translations;
        this.resegmentation = resegmentation;
    }

    /** An uploaded file, refused when missing or over verso.import.max-bytes. */
    public TranslationImportReport importUpload(long documentId, String languageTag, FileUpload file, Actor actor) {
        TranslationService.requireAssigned(actor, LanguageTags.normalize(languageTag));
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw new InvalidInputException(ErrDelivery.class, m -> m.attachXliffFileFile());
        }
        if (file.size() > limits.maxBytes()) {
            throw new TooLargeException(ErrDelivery.class, m -> m.fileBytesLimitBytes(file.size(), limits.maxBytes()));
        }
        try {
            return importTranslations(documentId, languageTag, Files.readAllBytes(file.uploadedFile()),
                    file.fileName(), actor);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /**
     * Status of an applied target: a file's final (XLIFF 2) or final/signed-off (1.2) target is APPROVED when a
     * reviewer imports it and quality checks find no error, TRANSLATED otherwise; an initial one is a DRAFT.
     */
    @Transactional
    public TranslationImportReport importTranslations(long documentId, String languageTag, byte[] file,
                                                      String fileName, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        resegmentation.holdSegmentation(documentId);
        DocumentSummary document = documents.getDocument(documentId);
        BilingualDocument bilingual = read(file);
        checkPair(bilingual, document.sourceLanguage(), language);
        List<BilingualUnit> units = bilingual.paragraphs().stream().flatMap(p -> p.units().stream())
                .filter(u -> u.translatable() && u.target() != null && !u.target().isBlank())
                .filter(u -> !isCopiedSource(u)).toList();
        FileUnitMatcher.Result matched = new FileUnitMatcher(documents.segments(documentId)).match(units);
        String comment = "Imported from " + (fileName == null || fileName.isBlank() ? "an XLIFF file" : fileName);
        Map<Long, Translation> current = lockedTranslations(documentId, language);
        int unchanged = 0;
        Stepper by = Stepper.of(actor);
        List<TranslationWriter.Change> changes = new ArrayList<>();
        List<TranslationImportReport.Conflict> conflicts = new ArrayList<>();
        for (FileUnitMatcher.Match match : matched.matches()) {
            Translation translation = current.get(match.segment().id());
            if (translation == null || !translation.translatable) {
                continue;
            }
            if (Objects.equals(translation.text, match.unit().target())) {
                unchanged++;
            } else if (changedSinceExport(translation, match) || !StatusTransitions.mayLeave(translation.status, by)) {
                conflicts.add(conflict(translation, match));
            } else {
                TranslationStatus status = status(match.unit(), actor);
                changes.add(new TranslationWriter.Change(translation, match.unit().target(), status, null, comment,
                        null, status == TranslationStatus.APPROVED ? TranslationStatus.TRANSLATED : null));
            }
        }
        writer.applyAll(changes, ChangeOrigin.XLIFF_IMPORT, actor);
        return new TranslationImportReport(changes.size(), unchanged, matched.unknown().size(), matched.unknown(),
                conflicts);
    }

    private static BilingualDocument read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException(ErrDelivery.class, m -> m.attachXliffFileFile());
        }
        try {
            return new XliffReader().read(file);
        } catch (InterchangeException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static void checkPair(BilingualDocument file, String sourceLanguage, String language) {
        if (file.targetLanguage() == null) {
            throw new InvalidInputException(ErrDelivery.class, m -> m.fileTargetLanguageSo());
        }
        String source = LanguageTags.normalize(file.sourceLanguage());
        String target = LanguageTags.normalize(file.targetLanguage());
        if (!source.equals(sourceLanguage) || !target.equals(language)) {
            throw new InvalidInputException(ErrDelivery.class,
                    m -> m.fileTranslatesIntoBut(source, target, sourceLanguage, language));
        }
    }

    /**
     * With the version Verso wrote on export: any save since then. Without it (another tool's ids, or a tool that
     * dropped the metadata): any text a person saved, because nothing proves the file is newer.
     */
    private static boolean changedSinceExport(Translation translation, FileUnitMatcher.Match match) {
        Integer exported = match.unit().baseVersion();
        if (match.byId() && exported != null) {
            return translation.version != exported;
        }
        boolean empty = translation.text == null || translation.text.isBlank();
        return !empty && translation.status != TranslationStatus.NEW && translation.status != TranslationStatus.FUZZY;
    }

    /** A final target is APPROVED for a reviewer, and the write path makes it TRANSLATED if the checks find errors. */
    private static TranslationStatus status(BilingualUnit unit, Actor actor) {
        if (unit.state() == UnitState.INITIAL) {
            return TranslationStatus.DRAFT;
        }
        return unit.state() == UnitState.FINAL && actor.isReviewer() ? TranslationStatus.APPROVED
                : TranslationStatus.TRANSLATED;
    }

    private static TranslationImportReport.Conflict conflict(Translation translation, FileUnitMatcher.Match match) {
        return new TranslationImportReport.Conflict(match.unit().id(), translation.segmentId, match.unit().target(),
                translation.text, translation.version, match.byId() ? match.unit().baseVersion() : null,
                translation.updatedBy);
    }

    private static Map<Long, Translation> lockedTranslations(long documentId, String language) {
        List<Translation> all = Translation.find("documentId = ?1 and language = ?2", documentId, language)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        return all.stream().collect(Collectors.toMap(t -> t.segmentId, Function.identity()));
    }

    /**
     * A target that is its own source, still initial (1.2: new or needs-…), is what an export with
     * fillTargets=source wrote for a tool to translate in place: left untouched, it is no translation.
     */
    private static boolean isCopiedSource(BilingualUnit unit) {
        return unit.state() == UnitState.INITIAL && unit.target().equals(unit.source());
    }
}
