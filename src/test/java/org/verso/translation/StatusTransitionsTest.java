package org.verso.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verso.account.Actor;

/**
 * Verso's own steps, one row each, allowed and refused: a fill of an untouched segment, a follow-up of a changed
 * source, split or join. The people's steps are tested through the API in {@link StatusTransitionApiTest}.
 */
class StatusTransitionsTest {

    @ParameterizedTest(name = "SYSTEM {0} → {1}: {2}")
    @CsvSource({
            // memory and machine fills: only what nobody touched
            "NEW, DRAFT, true", "NEW, FUZZY, true", "NEW, TRANSLATED, true",
            "DRAFT, TRANSLATED, false", "TRANSLATED, TRANSLATED, false", "REJECTED, DRAFT, false",
            // a changed source, a split or a join: any text becomes FUZZY, an emptied one NEW
            "DRAFT, FUZZY, true", "FUZZY, FUZZY, true", "TRANSLATED, FUZZY, true", "REJECTED, FUZZY, true",
            "APPROVED, FUZZY, true", "APPROVED, NEW, true", "FUZZY, NEW, true",
            // never a person's decision
            "TRANSLATED, APPROVED, false", "NEW, APPROVED, false", "TRANSLATED, REJECTED, false",
            "APPROVED, TRANSLATED, false", "APPROVED, DRAFT, false"})
    void systemSteps(TranslationStatus from, TranslationStatus to, boolean allowed) {
        assertEquals(allowed, StatusTransitions.allows(from, to, Stepper.SYSTEM));
    }

    @Test
    void onlyVersoReachesNewAndFuzzy() {
        for (Stepper person : List.of(Stepper.TRANSLATOR, Stepper.REVIEWER, Stepper.ADMIN)) {
            assertFalse(StatusTransitions.reachable(TranslationStatus.NEW, person), person.name());
            assertFalse(StatusTransitions.reachable(TranslationStatus.FUZZY, person), person.name());
        }
    }

    @Test
    void aTranslatorCannotLeaveApprovedButEveryOtherStatus() {
        List<TranslationStatus> left = Arrays.stream(TranslationStatus.values())
                .filter(s -> StatusTransitions.mayLeave(s, Stepper.TRANSLATOR)).toList();
        assertEquals(List.of(TranslationStatus.NEW, TranslationStatus.DRAFT, TranslationStatus.FUZZY,
                TranslationStatus.TRANSLATED, TranslationStatus.REJECTED), left);
        assertTrue(StatusTransitions.mayLeave(TranslationStatus.APPROVED, Stepper.REVIEWER));
    }

    @Test
    void keptStatusOfAReplaceOrRevert() {
        Actor translator = new Actor("t", Set.of("translator"));
        Actor reviewer = new Actor("r", Set.of("reviewer"));
        assertEquals(TranslationStatus.TRANSLATED, TranslationStatus.APPROVED.keptBy(translator));
        assertEquals(TranslationStatus.APPROVED, TranslationStatus.APPROVED.keptBy(reviewer));
        assertEquals(TranslationStatus.DRAFT, TranslationStatus.FUZZY.keptBy(reviewer));
        assertEquals(TranslationStatus.DRAFT, TranslationStatus.REJECTED.keptBy(translator));
        assertEquals(TranslationStatus.REJECTED, TranslationStatus.REJECTED.keptBy(reviewer));
    }
}
