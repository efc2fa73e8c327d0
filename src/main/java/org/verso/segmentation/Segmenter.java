package org.verso.segmentation;

import java.util.List;

/**
 * Splits one paragraph into sentence segments. Implementations never look across a paragraph
 * boundary: the caller hands them one paragraph at a time.
 */
public interface Segmenter {

    /**
     * Returns the sentences of {@code paragraph} in order, each trimmed of surrounding whitespace.
     * No character other than whitespace is ever dropped: joining them with single spaces gives the
     * paragraph back with its whitespace runs collapsed, except after a CJK full-width end mark,
     * where the script puts no space and none must be added.
     */
    List<String> split(String paragraph);
}
