package org.verso.segmentation.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verso.segmentation.Segmenter;

/**
 * Times segmenters over the same paragraphs: a warm-up per segmenter, then measured passes in which the
 * segmenters take turns (so drift in machine load hits them all alike). Keeps nanoseconds per pass and the
 * number of segments each produced.
 */
final class Timings {

    private final Map<Peer, long[]> nanos = new LinkedHashMap<>();
    private final Map<Peer, Long> segments = new LinkedHashMap<>();
    private final long bytes;

    private Timings(long bytes) {
        this.bytes = bytes;
    }

    static Timings run(List<Peer> peers, String language, List<String> paragraphs, long bytes, int warmUp, int passes) {
        Timings timings = new Timings(bytes);
        Map<Peer, Segmenter> segmenters = new LinkedHashMap<>();
        for (Peer peer : peers) {
            Segmenter segmenter = peer.segmenterFor(language);
            segmenters.put(peer, segmenter);
            for (int i = 0; i < warmUp; i++) {
                pass(segmenter, paragraphs);
            }
            timings.nanos.put(peer, new long[passes]);
        }
        for (int i = 0; i < passes; i++) {
            for (Map.Entry<Peer, Segmenter> e : segmenters.entrySet()) {
                long start = System.nanoTime();
                timings.segments.put(e.getKey(), pass(e.getValue(), paragraphs));
                timings.nanos.get(e.getKey())[i] = System.nanoTime() - start;
            }
        }
        return timings;
    }

    private static long pass(Segmenter segmenter, List<String> paragraphs) {
        long count = 0;
        for (String paragraph : paragraphs) {
            count += segmenter.split(paragraph).size();
        }
        return count;
    }

    Map<Peer, Long> segments() {
        return segments;
    }

    /** Rows: segmenter, median MB/s, slowest–fastest MB/s, median seconds per pass, segments. */
    MarkdownTable table() {
        MarkdownTable table = new MarkdownTable(List.of("segmenter", "MB/s (median)", "MB/s (slowest–fastest)",
                "seconds per pass (median)", "segments"));
        nanos.forEach((peer, runs) -> {
            long[] sorted = runs.clone();
            Arrays.sort(sorted);
            long median = sorted[sorted.length / 2];
            table.row(List.of(peer.name(), mbps(median), mbps(sorted[sorted.length - 1]) + "–" + mbps(sorted[0]),
                    String.format(Locale.ROOT, "%.3f", median / 1e9),
                    String.format(Locale.ROOT, "%,d", segments.get(peer))));
        });
        return table;
    }

    private String mbps(long nanosPerPass) {
        double mbps = bytes / 1e6 / (nanosPerPass / 1e9);
        return String.format(Locale.ROOT, mbps < 10 ? "%.2f" : "%.1f", mbps);
    }
}
