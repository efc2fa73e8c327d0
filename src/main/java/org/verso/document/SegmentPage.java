package org.verso.document;

import java.util.List;

/**
 * One page of a document's segments in document order, for the document page: a 100,000-segment article is read and
 * sent a page at a time, never whole.
 *
 * @param page      1-based, within 1…{@code pageCount}
 * @param pageCount at least 1
 * @param total     the document's segments
 */
public record SegmentPage(List<SegmentView> segments, int page, int pageCount, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    public boolean isPaged() {
        return pageCount > 1;
    }
}
