package org.verso.pretranslation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.account.Actor;
import org.verso.translation.LongDocuments;

/**
 * Pre-translation tells how far it got after each batch of memory lookups, yet stays one transaction: stopping it
 * half-way fills nothing.
 */
@QuarkusTest
class PretranslationProgressTest {

    private static final int SEGMENTS = MemoryPretranslation.LOOKUP_BATCH + 1;
    private static final Actor ADMIN = new Actor("admin", Set.of("admin"));

    @Inject
    MemoryPretranslation translations;

    @Test
    void progressIsReportedAfterEachBatchOfLookups() {
        long doc = LongDocuments.withGermanMemory(SEGMENTS);
        List<List<Integer>> reported = new ArrayList<>();

        PretranslationResult result = translations.pretranslate(doc, "de", ADMIN, (done, total) -> {
            reported.add(List.of(done, total));
            return true;
        });

        assertEquals(List.of(List.of(SEGMENTS - 1, SEGMENTS), List.of(SEGMENTS, SEGMENTS)), reported);
        assertEquals(SEGMENTS, result.segments());
    }

    @Test
    void stoppingAfterTheFirstBatchFillsNothing() {
        long doc = LongDocuments.withGermanMemory(SEGMENTS);

        assertThrows(CancellationException.class,
                () -> translations.pretranslate(doc, "de", ADMIN, (done, total) -> false));

        List<String> statuses = Api.asAdmin().get("/api/documents/{id}/languages/de/translations", doc).then()
                .statusCode(200).extract().jsonPath().getList("status");
        assertEquals(SEGMENTS, statuses.size());
        assertEquals(Set.of("NEW"), Set.copyOf(statuses));
    }
}
