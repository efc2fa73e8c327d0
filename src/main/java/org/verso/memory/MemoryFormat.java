package org.verso.memory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.verso.failure.InvalidInputException;
import org.verso.interchange.tmx.TmxReader;
import org.verso.interchange.tmx.TmxUnit;
import org.verso.interchange.tmx.TmxVariant;
import org.verso.language.LanguageTags;
import org.verso.memory.MemoryImport.Pair;
import org.verso.memory.MemoryImport.PairReader;

/** The file formats the memory imports, told apart by their first bytes, each turned into sentence pairs. */
enum MemoryFormat {
    TMX("TMX"), PO("gettext PO"), MO("gettext MO");

    private final String label;

    MemoryFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** MO files start with a magic number; TMX with XML (after an optional byte order mark); anything else is PO. */
    static MemoryFormat detect(Path file) {
        byte[] head = new byte[64];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (read >= 4 && (magic(head, 0xde, 0x12, 0x04, 0x95) || magic(head, 0x95, 0x04, 0x12, 0xde))) {
            return MO;
        }
        String start = new String(head, 0, read, StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").replace("\u0000", "").stripLeading();
        return start.startsWith("<") || start.startsWith("\u00fe\u00ff<") || start.startsWith("\u00ff\u00fe<") ? TMX : PO;
    }

    private static boolean magic(byte[] head, int a, int b, int c, int d) {
        return (head[0] & 0xff) == a && (head[1] & 0xff) == b && (head[2] & 0xff) == c && (head[3] & 0xff) == d;
    }

    /**
     * The reader for this format. TMX files name their languages (a given source language picks which variant is
     * the source when the file says {@code *all*}); PO and MO catalogs need both languages given.
     */
    PairReader reader(String sourceLanguage, String targetLanguage) {
        return switch (this) {
            case TMX -> (file, onPair, onSkip) -> readTmx(file, sourceLanguage, onPair, onSkip);
            case PO, MO -> {
                if (sourceLanguage == null || targetLanguage == null) {
                    throw new InvalidInputException(ErrMemory.class, m -> m.catalogDoesSayLanguages(label));
                }
                yield this == PO ? CatalogReaders.po(sourceLanguage, targetLanguage)
                        : CatalogReaders.mo(sourceLanguage, targetLanguage);
            }
        };
    }

    private static void readTmx(Path file, String givenSource, Consumer<Pair> onPair, Consumer<String> onSkip) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            TmxReader reader = TmxReader.open(in);
            String headerSource = reader.header().sourceLanguage();
            Map<String, Object> tags = new HashMap<>();
            reader.read(unit -> pairs(unit, givenSource, headerSource, tags, onPair, onSkip),
                    problem -> onSkip.accept(problem.message()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /** Each variant other than the source's is a pair with it. */
    private static void pairs(TmxUnit unit, String givenSource, String headerSource, Map<String, Object> tags,
            Consumer<Pair> onPair, Consumer<String> onSkip) {
        String declared = unit.sourceLanguage() == null || "*all*".equals(unit.sourceLanguage())
                ? givenSource : unit.sourceLanguage();
        if (declared == null) {
            declared = "*all*".equals(headerSource) ? null : headerSource;
        }
        if (declared == null) {
            onSkip.accept("unit " + unit.number() + " (line " + unit.line() + "): the file lets any language be the "
                    + "source (srclang=\"*all*\"); give sourceLanguage to choose one");
            return;
        }
        String source = unit.text(declared);
        if (source == null || source.isBlank()) {
            onSkip.accept("unit " + unit.number() + " (line " + unit.line() + ") has no text in its source language "
                    + declared);
            return;
        }
        Object sourceTag = normalized(declared, tags);
        if (sourceTag instanceof InvalidInputException e) {
            onSkip.accept("unit " + unit.number() + " (line " + unit.line() + "): " + e.getMessage());
            return;
        }
        for (TmxVariant variant : unit.variants()) {
            if (variant.language().equalsIgnoreCase(declared) || variant.text().isBlank()) {
                continue;
            }
            Object targetTag = normalized(variant.language(), tags);
            if (targetTag instanceof InvalidInputException e) {
                onSkip.accept("unit " + unit.number() + " (line " + unit.line() + "): " + e.getMessage());
            } else {
                onPair.accept(new Pair((String) sourceTag, (String) targetTag, source, variant.text()));
            }
        }
    }

    /** The normalized tag, or why it is refused; a file names few languages, so each is checked once. */
    private static Object normalized(String tag, Map<String, Object> tags) {
        return tags.computeIfAbsent(tag, t -> {
            try {
                return LanguageTags.normalize(t);
            } catch (InvalidInputException e) {
                return e;
            }
        });
    }
}
