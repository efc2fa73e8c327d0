package org.verso.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an HTML article's export is rebuilt from: the page with its paragraphs marked (see HtmlReader). */
@Entity
@Table(name = "document_skeleton")
public class DocumentSkeleton extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    public String content;

    /** Stores the source's skeleton for the document, replacing any earlier one; none for formats without. */
    static void store(long documentId, String skeleton) {
        DocumentSkeleton stored = findById(documentId);
        if (skeleton == null) {
            if (stored != null) {
                stored.delete();
            }
            return;
        }
        if (stored == null) {
            stored = new DocumentSkeleton();
            stored.documentId = documentId;
            stored.content = skeleton;
            stored.persist();
        } else {
            stored.content = skeleton;
        }
    }
}
