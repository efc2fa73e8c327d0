package org.verso.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermStatusTest {

    @Test
    void theCodesAreTheLowerCaseWordsTheApiAndTheDatabaseHold() {
        assertEquals(List.of("preferred", "admitted", "forbidden"),
                List.of(TermStatus.values()).stream().map(TermStatus::code).toList());
    }

    @Test
    void aCodeIsReadIgnoringCaseAndSpacesAndAnythingElseNamesNoStatus() {
        assertEquals(Optional.of(TermStatus.FORBIDDEN), TermStatus.fromCode(" Forbidden "));
        assertEquals(Optional.empty(), TermStatus.fromCode("maybe"));
        assertEquals(Optional.empty(), TermStatus.fromCode(null));
    }
}
