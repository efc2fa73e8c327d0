package org.verso.pretranslation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verso.translation.Translation;

/**
 * A translation an engine filled, and the version it wrote. The text is machine output while the translation still
 * has that version; the next save by anyone raises the version, so no save path has to clear this mark.
 */
@Entity
@Table(name = "translation_machine_origin")
public class MachineOrigin extends PanacheEntityBase {

    @Id
    @Column(name = "translation_id")
    public Long translationId;

    public String provider;

    public int version;

    /** Marks the translations' current versions as the engine's output: one read for the marks they had. */
    static void mark(List<Translation> translations, String provider) {
        if (translations.isEmpty()) {
            return;
        }
        Map<Long, MachineOrigin> had = new HashMap<>();
        MachineOrigin.<MachineOrigin>list("translationId in ?1", translations.stream().map(t -> t.id).toList())
                .forEach(o -> had.put(o.translationId, o));
        for (Translation translation : translations) {
            MachineOrigin origin = had.get(translation.id);
            if (origin == null) {
                origin = new MachineOrigin();
                origin.translationId = translation.id;
            }
            origin.provider = provider;
            origin.version = translation.version;
            origin.persist();
        }
    }

    /** The segments of a document's language whose text is still what an engine wrote. */
    static Set<Long> machineSegments(long documentId, String language) {
        List<Long> ids = getEntityManager().createQuery("select t.segmentId from Translation t, MachineOrigin o "
                        + "where o.translationId = t.id and o.version = t.version and t.documentId = ?1 "
                        + "and t.language = ?2", Long.class)
                .setParameter(1, documentId).setParameter(2, language).getResultList();
        return new HashSet<>(ids);
    }
}
