package org.verso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A clean clone tests itself: no source, test or build file names a path outside the repository (the project's
 * shared folder beside it, or any parent-directory path a string starts with), and every public fixture folder says
 * where it comes from in a SOURCE.md. The examples below are built from pieces so this file passes its own scan.
 */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class SelfContainedTest {

    /** A string literal that starts by leaving the working directory, or a name of the folder beside the repository. */
    static final Pattern OUTSIDE = Pattern.compile("\"\\.\\.[/\\\\]|\\.\\./shared|verso\\.shared\\.dir");

    private static final List<String> SCANNED = List.of("src/main", "src/test/java", "pom.xml", ".ci");

    @Test
    void noSourceNamesAPathOutsideTheRepository() {
        List<String> found = new ArrayList<>();
        for (String root : SCANNED) {
            for (Path file : files(Path.of(root))) {
                String[] lines = text(file).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (OUTSIDE.matcher(lines[i]).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "Copy what a test reads into src/test/resources with a SOURCE.md instead");
    }

    @Test
    void thePatternFindsWhatItIsFor() {
        String up = "..";
        assertTrue(OUTSIDE.matcher("Path.of(\"" + up + "/shared/schemas\")").find());
        assertTrue(OUTSIDE.matcher("new File(\"" + up + "/data/x.txt\")").find());
        assertTrue(OUTSIDE.matcher("see " + up + "/shared/data").find());
        assertTrue(OUTSIDE.matcher("System.getProperty(\"verso" + ".shared.dir\")").find());
        assertTrue(!OUTSIDE.matcher("<xs:include schemaLocation=\"xml.xsd\"/> \"a/../b\"").find());
    }

    @Test
    void everyPublicFixtureFolderHasASourceFile() {
        for (String folder : List.of("schemas", "golden-rules", "xliff2-samples", "tmx-samples",
                "qa/false-positives")) {
            Path source = TestResources.path(folder).resolve("SOURCE.md");
            assertTrue(Files.isRegularFile(source), folder + " has no SOURCE.md naming origin, version and licence");
            assertTrue(text(source).toLowerCase().contains("licen"), source + " names no licence");
        }
    }

    /** Text files only: anything that is not UTF-8 (an image, a jar) is not source. */
    private static List<Path> files(Path root) {
        assertTrue(Files.exists(root), root.toAbsolutePath() + " not found: run the tests from the repository root");
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(SelfContainedTest::isText).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(Path file) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
