package org.verso.segmentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The SRX files under {@code src/test/resources/org/verso/segmentation/srx/<folder>}. */
final class SrxFixtures {

    private SrxFixtures() {
    }

    static List<Path> in(String folder) {
        try (Stream<Path> files = Files.list(Path.of(SrxFixtures.class.getResource("srx/" + folder).toURI()))) {
            return files.filter(f -> f.toString().endsWith(".srx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(String folder, String name) {
        try {
            return Files.readAllBytes(Path.of(SrxFixtures.class.getResource("srx/" + folder + "/" + name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal SRX document around the given {@code <languagerule>}s and {@code <languagemap>}s. */
    static byte[] srx(String cascade, String languageRules, String maps) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n"
                + "<header segmentsubflows=\"yes\" cascade=\"" + cascade + "\"/>\n"
                + "<body>\n<languagerules>\n" + languageRules + "\n</languagerules>\n"
                + "<maprules>\n" + maps + "\n</maprules>\n</body>\n</srx>\n").getBytes(StandardCharsets.UTF_8);
    }

    static String rule(boolean breaking, String before, String after) {
        return "<rule break=\"" + (breaking ? "yes" : "no") + "\">"
                + (before.isEmpty() ? "" : "<beforebreak>" + before + "</beforebreak>")
                + (after.isEmpty() ? "" : "<afterbreak>" + after + "</afterbreak>") + "</rule>";
    }

    static String languageRule(String name, String... rules) {
        return "<languagerule languagerulename=\"" + name + "\">" + String.join("", rules) + "</languagerule>";
    }

    static String map(String pattern, String name) {
        return "<languagemap languagepattern=\"" + pattern + "\" languagerulename=\"" + name + "\"/>";
    }
}
