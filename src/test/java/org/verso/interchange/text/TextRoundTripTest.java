package org.verso.interchange.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verso.interchange.BilingualDocs;
import org.verso.interchange.Fixtures;

class TextRoundTripTest {

    static List<Path> fixtures() {
        return Fixtures.inputs("text");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void writingWhatWasReadGivesTheNormalizedInput(Path fixture) {
        assertEquals(Fixtures.expected(fixture), roundTrip(Fixtures.bytes(fixture)));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void normalizedFormIsWrittenBackUnchanged(Path fixture) {
        String normalized = Fixtures.expected(fixture);
        assertEquals(normalized, roundTrip(normalized.getBytes(StandardCharsets.UTF_8)));
    }

    private static String roundTrip(byte[] input) {
        byte[] output = new TextWriter().write(BilingualDocs.echo(new TextReader().read(input), "en"));
        return new String(output, StandardCharsets.UTF_8);
    }
}
