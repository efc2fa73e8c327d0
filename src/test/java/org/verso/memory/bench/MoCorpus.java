package org.verso.memory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.po.MoReader;

/** Every installed gettext catalog as units: English source, the catalog's language as target. */
record MoCorpus(List<Unit> units, int files, int failedFiles) {

    /** The documented corpus: the catalogs Debian packages install. */
    static final Path LOCALES = Path.of("/usr/share/locale");

    record Unit(String target, String source, String translation) {
    }

    static MoCorpus load() {
        List<Unit> units = new ArrayList<>();
        int files = 0;
        int failed = 0;
        for (Path file : catalogs()) {
            String target = language(file.getName(file.getNameCount() - 3).toString());
            files++;
            try {
                MoReader.read(Files.readAllBytes(file), (source, translation) ->
                        units.add(new Unit(target, source, translation)));
            } catch (InterchangeException | IOException e) {
                failed++;
            }
        }
        return new MoCorpus(units, files, failed);
    }

    /** pt_BR → pt-BR, sr@latin → sr-Latn; other @modifiers are dropped (loosely, as the brief allows). */
    static String language(String directory) {
        String tag = directory.replace("@latin", "-Latn");
        int at = tag.indexOf('@');
        return (at < 0 ? tag : tag.substring(0, at)).replace('_', '-');
    }

    private static List<Path> catalogs() {
        try (Stream<Path> files = Files.find(LOCALES, 3, (path, attributes) -> attributes.isRegularFile()
                && path.toString().endsWith(".mo") && path.getParent().getFileName().toString().equals("LC_MESSAGES"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
