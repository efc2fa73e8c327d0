package org.verso.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: every message bundle ({@code src/main/resources/messages/<bundle>_en.properties}) is complete in each
 * shipped language: the same keys (none missing, none extra), the same {@code {parameters}}, and no text left in
 * English unless {@code src/test/resources/l10n/identical-allowed.txt} lists the key (a proper noun).
 */
class BundleCompletenessTest {

    static final List<String> TRANSLATIONS = List.of("ru", "fa", "tg");
    private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");
    private static final Path IDENTICAL = Path.of("src", "test", "resources", "l10n", "identical-allowed.txt");
    /** The first name of a Qute expression, or the value a section tests: {@code {count}}, {@code {#switch n.cldrPlural('ru')}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{(?:#(?:if|switch|when|let|for|each)\\s+(?:\\w+\\s+in\\s+)?)?([A-Za-z_]\\w*)");

    @Test
    void everyBundleIsCompleteInEveryShippedLanguage() throws IOException {
        Set<String> identicalAllowed = Files.readAllLines(IDENTICAL, StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        List<Path> english;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            english = files.filter(f -> f.getFileName().toString().endsWith("_en.properties")).sorted().toList();
        }
        assertFalse(english.isEmpty(), "no bundle found in " + MESSAGES);
        List<String> problems = new ArrayList<>();
        for (Path source : english) {
            String bundle = source.getFileName().toString().replace("_en.properties", "");
            Map<String, String> en = load(source);
            for (String language : TRANSLATIONS) {
                Path file = MESSAGES.resolve(bundle + "_" + language + ".properties");
                if (!Files.exists(file)) {
                    problems.add(bundle + "_" + language + ": the file is missing (" + en.size() + " keys)");
                    continue;
                }
                problems.addAll(compare(bundle, language, en, load(file), identicalAllowed));
            }
        }
        assertEquals("", String.join("\n", problems), "message bundles incomplete");
    }

    /** What is wrong with one translation of one bundle, one line per kind of problem naming the keys. */
    static List<String> compare(String bundle, String language, Map<String, String> en, Map<String, String> other,
                                Set<String> identicalAllowed) {
        List<String> problems = new ArrayList<>();
        String where = bundle + "_" + language + ": ";
        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(other.keySet());
        Set<String> extra = new TreeSet<>(other.keySet());
        extra.removeAll(en.keySet());
        if (!missing.isEmpty()) {
            problems.add(where + "missing keys " + missing);
        }
        if (!extra.isEmpty()) {
            problems.add(where + "keys not in English (remove or rename) " + extra);
        }
        List<String> parameters = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (Map.Entry<String, String> e : en.entrySet()) {
            String translated = other.get(e.getKey());
            if (translated == null) {
                continue;
            }
            if (!parameters(e.getValue()).equals(parameters(translated))) {
                parameters.add(e.getKey() + " " + parameters(e.getValue()) + " ≠ " + parameters(translated));
            }
            if (translated.equals(e.getValue()) && !identicalAllowed.contains(bundle + "." + e.getKey())) {
                untranslated.add(e.getKey());
            }
        }
        if (!parameters.isEmpty()) {
            problems.add(where + "other parameters than English: " + parameters);
        }
        if (!untranslated.isEmpty()) {
            problems.add(where + "same text as English (translate, or list bundle.key in " + IDENTICAL + "): "
                    + untranslated);
        }
        return problems;
    }

    static Set<String> parameters(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
