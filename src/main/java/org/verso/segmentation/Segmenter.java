package org.verso.segmentation;

import java.util.List;

/**
 * Splits one paragraph into sentence segments. Implementations never look across a paragraph
 * boundary: the caller hands them one paragraph at a time.
 */
public interface Segmenter {

    /**
     * Returns the sentences of {@code paragraph} in order, each trimmed of surrounding whitespace,
     * with each whitespace run inside it collapsed to one space. No character other than whitespace
     * is ever dropped: joining them with single spaces gives the paragraph back with its whitespace
     * runs collapsed, with three exceptions where the source had no space to collapse: after a CJK
     * full-width end mark, where the script puts none; at a sentence typed without a space after its
     * full stop ("world.Today"); and a line break between two CJK characters, which is dropped because
     * CJK text wraps lines without a space.
     */
    List<String> split(String paragraph);
}
