package org.verso.document.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.document.ExportIdentityPropertyTest;
import org.verso.interchange.InterchangeException;

/**
 * Round-trip identity on real files no one here wrote (issue 21): the first 30 Markdown and 30 HTML files under a
 * folder given by {@code -Dverso.identity.dir} (on Debian, the READMEs and manuals under /usr/share/doc), each
 * exported with translation = source, compared with the input (Markdown and text: byte for byte, line ends as LF;
 * HTML: jsoup's serialisation of the input, as docs/documents.md says). Not in CI: the files are the machine's.
 * {@code bench/identity-real-files.sh /usr/share/doc}; the result goes to docs/documents.md.
 */
@Tag("benchmark")
class RealFilesIdentityComparison {

    private static final int PER_FORMAT = 30;

    @Test
    void realFilesComeBackAsTheyWere() throws IOException {
        String dir = System.getProperty("verso.identity.dir");
        assertNotNull(dir, "-Dverso.identity.dir=<folder with .md and .html files>");
        List<String> lines = new ArrayList<>();
        for (String extension : List.of(".md", ".html")) {
            int same = 0;
            int different = 0;
            int refused = 0;
            List<String> differing = new ArrayList<>();
            for (Path file : files(Path.of(dir), extension)) {
                byte[] input = Files.readAllBytes(file);
                try {
                    String exported = ExportIdentityPropertyTest.export(file, input, UnaryOperator.identity());
                    String expected = extension.equals(".md") ? ExportIdentityPropertyTest.textNormalised(input)
                            : ExportIdentityPropertyTest.htmlNormalised(input, "en");
                    if (expected.equals(exported)) {
                        same++;
                    } else {
                        different++;
                        int at = firstDifference(expected, exported);
                        differing.add(file + " (first difference at character " + at + ": expected «"
                                + snippet(expected, at) + "», exported «" + snippet(exported, at) + "»)");
                    }
                } catch (InterchangeException | java.io.UncheckedIOException e) {
                    refused++;
                    differing.add(file + " refused: " + e.getMessage());
                }
            }
            lines.add("IDENTITY " + extension + ": " + same + " identical, " + different + " different, " + refused
                    + " refused");
            differing.forEach(d -> lines.add("  " + d));
        }
        lines.forEach(System.out::println);
    }

    /** The first {@code PER_FORMAT} readable UTF-8 files with this extension, in path order. */
    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(extension)).sorted()
                    .filter(RealFilesIdentityComparison::utf8).limit(PER_FORMAT).toList();
        }
    }

    private static boolean utf8(Path file) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String snippet(String text, int at) {
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 40)).replace("\n", "⏎");
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}
