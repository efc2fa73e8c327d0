package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.verso.document.DocumentDeleted;

/**
 * A deleted document's translations and revisions move to the archive, as a removed segment's do, and its target
 * languages go; in the deletion's transaction.
 */
@ApplicationScoped
class DocumentDeletionFollower {

    private final TranslationArchive archive;

    DocumentDeletionFollower(TranslationArchive archive) {
        this.archive = archive;
    }

    void follow(@Observes DocumentDeleted deleted) {
        archive.archiveDocument(deleted.documentId());
        DocumentLanguage.delete("documentId", deleted.documentId());
    }
}
