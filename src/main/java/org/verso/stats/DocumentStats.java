package org.verso.stats;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.verso.translation.LanguageProgress;

/**
 * Statistics of one document in one language.
 *
 * @param byStatus     source words of translatable segments per current status
 * @param byTranslator per person: words they took to TRANSLATED (each segment once), and how many saves they made
 * @param perHour      words taken to TRANSLATED per clock hour (UTC), oldest first, only hours with work
 */
public record DocumentStats(LanguageProgress progress, List<StatusWords> byStatus, List<TranslatorWords> byTranslator,
                            List<HourWords> perHour) {

    /** Horizontal room per bar in the chart, in SVG units. */
    static final int BAR_STEP = 24;

    public record StatusWords(String status, int words, int segments) {
    }

    /** {@code wordsPerHour}: translated words divided by the clock hours in which they saved anything. */
    public record TranslatorWords(String user, int translatedWords, int saves, int activeHours, int wordsPerHour) {
    }

    public record HourWords(Instant hour, int words) {
    }

    /** The per-hour bars as an SVG chart needs them: x, height and y in a 100-unit-high drawing. */
    public List<Bar> bars() {
        int max = Math.max(1, perHour.stream().mapToInt(HourWords::words).max().orElse(1));
        return IntStream.range(0, perHour.size()).mapToObj(i -> {
            int height = Math.max(1, perHour.get(i).words() * 100 / max);
            return new Bar(i * BAR_STEP, 100 - height, height, perHour.get(i));
        }).toList();
    }

    /** The chart's width in SVG units. */
    public int chartWidth() {
        return Math.max(BAR_STEP, perHour.size() * BAR_STEP);
    }

    public record Bar(int x, int y, int height, HourWords hour) {

        public int width() {
            return BAR_STEP - 4;
        }
    }
}
