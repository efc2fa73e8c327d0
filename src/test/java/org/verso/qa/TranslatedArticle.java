package org.verso.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.verso.TestResources;

/**
 * A news article and a correct translation of it, segment by segment, from {@code src/test/resources/qa/false-positives}
 * (the format is in the SOURCE.md there): the table every quality check must pass clean.
 */
public record TranslatedArticle(String name, String targetLanguage, List<List<Pair>> paragraphs) {

    public static final String FOLDER = "qa/false-positives";

    /** One segment: the English source and its translation. */
    public record Pair(String source, String target) {
    }

    /** Every article of the folder, by file name. */
    public static List<TranslatedArticle> all() {
        try (Stream<Path> files = Files.list(TestResources.path(FOLDER))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(TranslatedArticle::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article translated into one language, e.g. {@code of("gas-deal", "ru")}. */
    public static TranslatedArticle of(String article, String language) {
        return read(TestResources.path(FOLDER + "/" + article + ".en-" + language + ".txt"));
    }

    private static TranslatedArticle read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String language = name.substring(name.lastIndexOf('-') + 1);
        List<List<Pair>> paragraphs = new ArrayList<>();
        List<Pair> paragraph = new ArrayList<>();
        String source = null;
        for (String line : lines(file)) {
            if (line.isEmpty() && !paragraph.isEmpty()) {
                paragraphs.add(List.copyOf(paragraph));
                paragraph.clear();
            } else if (line.startsWith("en: ")) {
                source = line.substring(4);
            } else if (line.startsWith(language + ": ") && source != null) {
                paragraph.add(new Pair(source, line.substring(language.length() + 2)));
                source = null;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                throw new AssertionError(file.getFileName() + ": a line that is no pair: " + line);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(List.copyOf(paragraph));
        }
        return new TranslatedArticle(name, language, List.copyOf(paragraphs));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Pair> pairs() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }

    /** The English article as a plain text: its sentences, paragraphs apart by a blank line. */
    public String sourceText() {
        return paragraphs.stream().map(p -> p.stream().map(Pair::source).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n\n", "", "\n"));
    }
}
