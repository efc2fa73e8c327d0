package org.verso.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.Repair;

/**
 * What an HTML article's export is rebuilt from: the page with its paragraphs marked (see HtmlReader), and what the
 * import repaired in it.
 */
@Entity
@Table(name = "document_skeleton")
public class DocumentSkeleton extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    public String content;

    /** One repair a line: line, column and what, tab-separated; null when none. */
    public String repairs;

    /** Stores the source's skeleton for the document, replacing any earlier one; none for formats without. */
    static void store(long documentId, String skeleton, List<Repair> repairs) {
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
            stored.repairs = serialize(repairs);
            stored.persist();
        } else {
            stored.content = skeleton;
            stored.repairs = serialize(repairs);
        }
    }

    /** What the import of the document's current source repaired, in source order; empty when nothing. */
    static List<Repair> repairs(long documentId) {
        List<String> stored = getEntityManager()
                .createQuery("select s.repairs from DocumentSkeleton s where s.documentId = ?1", String.class)
                .setParameter(1, documentId).getResultList();
        List<Repair> repairs = new ArrayList<>();
        if (stored.isEmpty() || stored.get(0) == null) {
            return repairs;
        }
        for (String line : stored.get(0).split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                repairs.add(new Repair(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
            }
        }
        return repairs;
    }

    private static String serialize(List<Repair> repairs) {
        if (repairs.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Repair repair : repairs) {
            out.append(repair.line()).append('\t').append(repair.column()).append('\t')
                    .append(repair.what().replaceAll("\\s+", " ")).append('\n');
        }
        return out.toString();
    }
}
