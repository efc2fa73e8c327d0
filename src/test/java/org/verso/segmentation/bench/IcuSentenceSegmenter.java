package org.verso.segmentation.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import org.verso.segmentation.Segmenter;

/**
 * ICU4J's sentence {@link BreakIterator}, plain or wrapped with the CLDR sentence-break suppressions
 * ("Mr.", "e.g." ...) through {@link FilteredBreakIteratorBuilder}. Not thread-safe: one iterator, reused.
 */
final class IcuSentenceSegmenter implements Segmenter {

    private final BreakIterator iterator;

    private IcuSentenceSegmenter(BreakIterator iterator) {
        this.iterator = iterator;
    }

    static IcuSentenceSegmenter plain(String language) {
        return new IcuSentenceSegmenter(BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language)));
    }

    static IcuSentenceSegmenter withSuppressions(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        BreakIterator plain = BreakIterator.getSentenceInstance(locale);
        return new IcuSentenceSegmenter(FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(plain));
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
