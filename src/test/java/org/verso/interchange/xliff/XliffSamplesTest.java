package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.InterchangeException;

/**
 * The OASIS XLIFF 2 test suite's samples in the shared folder: every valid one reads, every invalid one is refused
 * with a message naming its problem, and the line it is on.
 */
class XliffSamplesTest {

    /** For each invalid sample, words the refusal must contain. */
    private static final Map<String, String> PROBLEMS = Map.ofEntries(
            Map.entry("Bad-mda_meta-missing-type.xlf", "<meta> has no type attribute"),
            Map.entry("Bad-mtc_match-ID-not-unique.xlf", "match id \"mtc1\" is used twice"),
            Map.entry("bad_DuplicateNoteIdsInUnit.xlf", "note id \"n1\" is used twice"),
            Map.entry("bad_EcBeforeSc.xlf", "no start code with that id is open before it"),
            Map.entry("bad_FileIdNotUnique.xlf", "file id \"1twice\" is used twice"),
            Map.entry("bad_GroupWithoutId.xlf", "<group> has no id attribute"),
            Map.entry("bad_InvalidDataRef.xlf", "dataRef=\"bad\"> points to no <data>"),
            Map.entry("bad_InvalidId1.xlf", "id=\"/1\"> is not a valid id"),
            Map.entry("bad_InvalidStateValue.xlf", "state=\"badState\" is not one of"),
            Map.entry("bad_NoFile.xlf", "holds no <file>"),
            Map.entry("bad_NoTrgLang.xlf", "declares no trgLang"),
            Map.entry("bad_SegmentIdNotUnique.xlf", "segment id \"s1twice\" is used twice"),
            Map.entry("bad_SegmentWithoutSource.xlf", "has no <source>"),
            Map.entry("bad_SrcLangNotWellFormed.xlf", "srcLang=\"e\" is not a well-formed BCP 47"),
            Map.entry("bad_TrgLangNotWellFormed.xlf", "trgLang=\"f r\" is not a well-formed BCP 47"),
            Map.entry("bad_WrongTargetLang.xlf", "<target xml:lang=\"de\"> differs from the file's trgLang \"fr\""));

    static Stream<Path> valid() {
        return SharedXliff.samples("valid").stream();
    }

    static Stream<Path> invalid() {
        return SharedXliff.samples("invalid").stream();
    }

    @Test
    void everyInvalidSampleHasAnExpectedProblemAndTheFoldersAreNotEmpty() {
        List<String> names = invalid().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(PROBLEMS.keySet().stream().sorted().toList(), names);
        assertEquals(12, valid().count());
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validSampleReads(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        BilingualDocument doc = assertDoesNotThrow(() -> new XliffReader().read(bytes), file.toString());
        assertFalse(doc.sourceLanguage().isBlank());
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidSampleIsRefusedNamingItsProblemAndLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        InterchangeException e = assertThrows(InterchangeException.class, () -> new XliffReader().read(bytes));
        String expected = PROBLEMS.get(file.getFileName().toString());
        assertTrue(e.getMessage().contains(expected), file.getFileName() + ": " + e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*at line \\d+.*"), e.getMessage());
    }
}
