package org.verso.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.verso.interchange.po.MoReader;
import org.verso.interchange.po.PoReader;
import org.verso.memory.MemoryImport.Pair;
import org.verso.memory.MemoryImport.PairReader;

/** gettext catalogs as sentence pairs: msgid is the source, msgstr the target. */
final class CatalogReaders {

    private CatalogReaders() {
    }

    static PairReader mo(String sourceLanguage, String targetLanguage) {
        return (file, onPair, onSkip) -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the uploaded file", e);
            }
            MoReader.read(bytes, (source, target) -> onPair.accept(new Pair(sourceLanguage, targetLanguage, source,
                    target)));
        };
    }

    static PairReader po(String sourceLanguage, String targetLanguage) {
        return (file, onPair, onSkip) -> {
            try (InputStream in = Files.newInputStream(file)) {
                PoReader.open(in).read(entry -> onPair.accept(new Pair(sourceLanguage, targetLanguage, entry.source(),
                        entry.target())), problem -> onSkip.accept(problem.message()));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the uploaded file", e);
            }
        };
    }
}
