package org.verso.segmentation.bench;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.verso.segmentation.Segmenter;

/** {@code java.text.BreakIterator.getSentenceInstance(locale)}. Not thread-safe: one iterator, reused. */
final class JdkSentenceSegmenter implements Segmenter {

    private final BreakIterator iterator;

    JdkSentenceSegmenter(String language) {
        this.iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
    }

    @Override
    public List<String> split(String paragraph) {
        iterator.setText(paragraph);
        int[] boundaries = new int[16];
        int count = 0;
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            if (count == boundaries.length) {
                boundaries = Arrays.copyOf(boundaries, count * 2);
            }
            boundaries[count++] = b;
        }
        return BoundarySegments.cut(paragraph, boundaries, count);
    }
}
