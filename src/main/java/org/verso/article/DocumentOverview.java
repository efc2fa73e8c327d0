package org.verso.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.SourceFormat;
import org.verso.interchange.Repair;
import org.verso.translation.LanguageProgress;
import org.verso.translation.TranslationService;

/** Documents together with their languages' progress, as the dashboard and the API list them. */
@ApplicationScoped
class DocumentOverview {

    /** {@code archived}: when the document was archived (hidden from the lists), null while in use. */
    record DocumentDetail(long id, String title, String sourceLanguage, String format, int segmentCount,
                          int paragraphCount, Instant created, String createdBy, String segmentationRules,
                          List<LanguageProgress> languages, int sourceVersion, Instant archived, String archivedBy,
                          List<Repair> repairs) {

        static DocumentDetail of(DocumentSummary s, List<LanguageProgress> languages) {
            return new DocumentDetail(s.id(), s.title(), s.sourceLanguage(), s.format(), s.segmentCount(),
                    s.paragraphCount(), s.created(), s.createdBy(), s.segmentationRules(), languages,
                    s.sourceVersion(), s.archived(), s.archivedBy(), s.repairs());
        }

        /** Whether the document is a string catalog, exported into its own format. */
        public boolean catalog() {
            return SourceFormat.fromId(format).map(SourceFormat::catalog).orElse(false);
        }
    }

    private final DocumentService documents;
    private final TranslationService translations;

    DocumentOverview(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    /** The documents in use, or with {@code archived} the archived ones. */
    List<DocumentDetail> listDocuments(boolean archived) {
        Map<Long, List<LanguageProgress>> progress = translations.progressOfAllDocuments();
        return documents.listDocuments(archived).stream()
                .map(d -> DocumentDetail.of(d, progress.getOrDefault(d.id(), List.of()))).toList();
    }

    DocumentDetail document(long id) {
        return DocumentDetail.of(documents.getDocument(id), translations.progress(id));
    }
}
