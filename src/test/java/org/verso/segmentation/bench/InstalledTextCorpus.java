package org.verso.segmentation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A large plain English text built from the man pages installed on the machine (the English sections
 * {@code /usr/share/man/man1..man8}, gunzipped, roff stripped crudely), as paragraphs. The generated
 * {@code gcloud*} reference pages (thousands of near-identical ones on the usual machine) come after all
 * the others, so one tool's generated text only fills up what the rest leaves. If the machine has fewer
 * than the wanted bytes, the paragraphs are repeated and {@link #repeats()} says how many times.
 */
record InstalledTextCorpus(List<String> paragraphs, long utf8Bytes, int files, int repeats) {

    private static final Path MAN = Path.of("/usr/share/man");
    private static final Comparator<Path> GENERATED_LAST = Comparator
            .comparing((Path p) -> p.getFileName().toString().startsWith("gcloud"));

    static InstalledTextCorpus build(long wantedBytes) {
        List<String> paragraphs = new ArrayList<>();
        long bytes = 0;
        int files = 0;
        for (Path page : manPages()) {
            for (String paragraph : RoffText.paragraphs(gunzip(page))) {
                paragraphs.add(paragraph);
                bytes += paragraph.getBytes(StandardCharsets.UTF_8).length;
            }
            files++;
            if (bytes >= wantedBytes) {
                return new InstalledTextCorpus(List.copyOf(paragraphs), bytes, files, 1);
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("No man pages under " + MAN + " to build a corpus from");
        }
        return repeated(paragraphs, bytes, files, wantedBytes);
    }

    private static InstalledTextCorpus repeated(List<String> once, long onceBytes, int files, long wantedBytes) {
        int repeats = (int) ((wantedBytes + onceBytes - 1) / onceBytes);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            paragraphs.addAll(once);
        }
        return new InstalledTextCorpus(List.copyOf(paragraphs), onceBytes * repeats, files, repeats);
    }

    private static List<Path> manPages() {
        List<Path> pages = new ArrayList<>();
        for (int section = 1; section <= 8; section++) {
            Path dir = MAN.resolve("man" + section);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".gz") && !Files.isSymbolicLink(f)).sorted().forEach(pages::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        pages.sort(GENERATED_LAST); // stable: section and name order otherwise
        return pages;
    }

    private static String gunzip(Path page) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // a broken or non-gzip file: skip it
        }
    }

    /** All paragraphs joined with single spaces into one line of at least {@code wantedBytes} (or all of it). */
    String singleLine(long wantedBytes) {
        StringBuilder line = new StringBuilder();
        long bytes = 0;
        for (String paragraph : paragraphs) {
            if (bytes >= wantedBytes) {
                break;
            }
            line.append(paragraph).append(' ');
            bytes += paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return line.toString().strip();
    }
}
