package org.verso.segmentation.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of Verso's segmenter ({@code Segmenters.forLanguage("en")}, whatever it is at the time)
 * against ICU4J's sentence BreakIterator (plain and with the CLDR suppressions) and the JDK's, in one
 * run, over ~20 MB of English built from the installed man pages, one paragraph at a time: median MB/s
 * (10^6 UTF-8 bytes per second) of {@value #PASSES} passes after {@value #WARM_UP} warm-up passes.
 * Then Okapi's SRX segmenter (much slower) on a 1 MB slice, with Verso and ICU on the same slice, and a
 * single-line run (the text as one paragraph, 1 MB and 10 MB) showing whether Verso stays linear in the
 * paragraph length. Writes {@code target/benchmarks/throughput.md}; asserts no timing.
 */
@Tag("benchmark")
class ThroughputComparison {

    private static final long CORPUS_BYTES = 20_000_000;
    private static final long SLICE_BYTES = 1_000_000;
    private static final int WARM_UP = 2;
    private static final int PASSES = 5;

    @Test
    void measuresThroughputOnInstalledManPages() {
        String environment = environment();
        InstalledTextCorpus corpus = InstalledTextCorpus.build(CORPUS_BYTES);
        Timings main = Timings.run(List.of(Peer.VERSO, Peer.ICU, Peer.ICU_SUPPRESSIONS, Peer.JDK), "en",
                corpus.paragraphs(), corpus.utf8Bytes(), WARM_UP, PASSES);
        InstalledTextCorpus slice = InstalledTextCorpus.build(SLICE_BYTES);
        Timings srx = Timings.run(List.of(Peer.OKAPI_SRX, Peer.VERSO, Peer.ICU), "en",
                slice.paragraphs(), slice.utf8Bytes(), 1, 3);
        main.segments().forEach((peer, n) -> assertTrue(n > 0, peer.name() + " produced no segment"));
        srx.segments().forEach((peer, n) -> assertTrue(n > 0, peer.name() + " produced no segment"));
        MarkdownTable.publish("throughput.md", "## Segmentation throughput, paragraph by paragraph\n\n"
                + environment + "\n\n" + describe(corpus) + "Warm-up: " + WARM_UP + " passes per segmenter, then "
                + PASSES + " passes, the segmenters taking turns.\n\n" + main.table().render()
                + "\n## Okapi SRX (default rules) on a 1 MB slice\n\n" + describe(slice)
                + "Warm-up: 1 pass, then 3 passes, taking turns.\n\n" + srx.table().render()
                + singleLineRuns(corpus));
    }

    private static String describe(InstalledTextCorpus corpus) {
        return String.format(Locale.ROOT, "Corpus: %,d bytes (UTF-8), %,d paragraphs, from %,d man pages%s. ",
                corpus.utf8Bytes(), corpus.paragraphs().size(), corpus.files(),
                corpus.repeats() > 1 ? ", repeated " + corpus.repeats() + " times to reach the size" : " (no repetition)");
    }

    private static String singleLineRuns(InstalledTextCorpus corpus) {
        StringBuilder out = new StringBuilder("\n## Single-line input (the text as one paragraph, no breaks)\n");
        for (long size : new long[] {1_000_000, 10_000_000}) {
            String line = corpus.singleLine(size);
            long bytes = line.getBytes(StandardCharsets.UTF_8).length;
            Timings timings = Timings.run(List.of(Peer.VERSO, Peer.ICU), "en", List.of(line), bytes, WARM_UP, PASSES);
            timings.segments().forEach((peer, n) -> assertTrue(n > 0, peer.name() + " produced no segment"));
            out.append(String.format(Locale.ROOT, "%nOne line of %,d bytes, %d warm-up passes, %d passes:%n%n", bytes, WARM_UP, PASSES))
                    .append(timings.table().render());
        }
        return out.toString();
    }

    private static String environment() {
        Runtime rt = Runtime.getRuntime();
        return "Java " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + rt.availableProcessors() + " cores, max heap " + rt.maxMemory() / (1 << 20) + " MiB, ICU4J "
                + VersionInfo.ICU_VERSION + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", load average at start: " + loadAverage();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
