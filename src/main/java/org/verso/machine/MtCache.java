package org.verso.machine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.verso.machine.engine.LanguagePair;
import org.verso.digest.Sha256;

/**
 * Engine answers per (engine, pair, source text), each read and write in a short transaction of its own so no
 * database connection waits on an engine. Writing is best effort: when two requests cache the same sentence at
 * once, the second insert fails and the first answer stays.
 */
@ApplicationScoped
class MtCache {

    private static final Logger LOG = Logger.getLogger(MtCache.class);
    private static final int CHUNK = 500;

    private final EntityManager em;

    MtCache(EntityManager em) {
        this.em = em;
    }

    /** The cached answers for those texts that have one, by source text. */
    Map<String, String> find(String provider, LanguagePair pair, List<String> texts) {
        Map<String, String> byHash = new HashMap<>();
        for (String text : texts) {
            byHash.put(Sha256.hex(text), text);
        }
        List<String> hashes = new ArrayList<>(byHash.keySet());
        Map<String, String> found = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int from = 0; from < hashes.size(); from += CHUNK) {
                List<?> rows = em.createNativeQuery("SELECT text_hash, translated FROM mt_cache WHERE provider = ?1 "
                                + "AND source_language = ?2 AND target_language = ?3 AND text_hash IN (?4)")
                        .setParameter(1, provider).setParameter(2, pair.source()).setParameter(3, pair.target())
                        .setParameter(4, hashes.subList(from, Math.min(hashes.size(), from + CHUNK)))
                        .getResultList();
                for (Object row : rows) {
                    Object[] cells = (Object[]) row;
                    found.put(byHash.get(cells[0].toString().trim()), (String) cells[1]);
                }
            }
        });
        return found;
    }

    void store(String provider, LanguagePair pair, Map<String, String> translations) {
        if (translations.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Timestamp now = Timestamp.from(Instant.now());
                translations.forEach((source, translated) -> em.createNativeQuery(
                                "INSERT INTO mt_cache (provider, source_language, target_language, text_hash, "
                                        + "translated, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, provider).setParameter(2, pair.source()).setParameter(3, pair.target())
                        .setParameter(4, Sha256.hex(source)).setParameter(5, translated).setParameter(6, now)
                        .executeUpdate());
            });
        } catch (RuntimeException e) {
            // Usually a duplicate key: another request cached the same sentence first. The answer is still returned.
            LOG.debugf("Machine translations not cached: %s", e.getMessage());
        }
    }
}
