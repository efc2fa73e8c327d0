package org.verso.segmentation;

import java.util.List;

/**
 * Splits one paragraph into sentence segments. Implementations never look across a paragraph
 * boundary: the caller hands them one paragraph at a time.
 */
public interface Segmenter {

    /**
     * Returns the sentences of {@code paragraph} in order, each trimmed of surrounding whitespace.
     * Joining them with single spaces gives the paragraph back with its inner whitespace runs
     * collapsed; no character other than whitespace is ever dropped.
     */
    List<String> split(String paragraph);
}
