package org.verso.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.interchange.UnitState;

class TranslationStatusTest {

    private static List<TranslationStatus> where(Predicate<TranslationStatus> rule) {
        return Arrays.stream(TranslationStatus.values()).filter(rule).toList();
    }

    @Test
    void translatedAndApprovedNeedAText() {
        assertEquals(List.of(TranslationStatus.TRANSLATED, TranslationStatus.APPROVED),
                where(TranslationStatus::needsText));
    }

    @Test
    void progressBucketsGroupDraftFuzzyAndRejected() {
        Map<TranslationStatus, String> buckets = Map.of(TranslationStatus.NEW, "untranslated",
                TranslationStatus.DRAFT, "draft", TranslationStatus.FUZZY, "draft", TranslationStatus.REJECTED, "draft",
                TranslationStatus.TRANSLATED, "translated", TranslationStatus.APPROVED, "approved");
        buckets.forEach((status, bucket) -> assertEquals(bucket, status.bucket(), status.name()));
    }

    @Test
    void onlyApprovedIsFinalInXliff() {
        assertEquals(List.of(TranslationStatus.APPROVED), where(s -> s.unitState() == UnitState.FINAL));
    }

    @Test
    void unfinishedStatusesAreInitialInXliff() {
        assertEquals(List.of(TranslationStatus.NEW, TranslationStatus.DRAFT, TranslationStatus.FUZZY),
                where(s -> s.unitState() == UnitState.INITIAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"approved", " Translated ", "DRAFT", "rejected"})
    void parsesNamesIgnoringCaseAndSpace(String name) {
        assertEquals(name.trim().toUpperCase(), TranslationStatus.parse(name).orElseThrow().name());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "DONE", "approve", "APPROVED!"})
    void unknownNamesParseToNothing(String name) {
        assertEquals(Optional.empty(), TranslationStatus.parse(name));
    }

    @Test
    void everyStatusParsesFromItsOwnName() {
        assertTrue(Arrays.stream(TranslationStatus.values())
                .allMatch(s -> TranslationStatus.parse(s.name()).orElseThrow() == s));
    }
}
