package org.verso.document;

/**
 * A segment with the source texts of its neighbours in document order ({@code null} at the document's edges):
 * what a translation memory calls the context of a sentence.
 */
public record SegmentContext(SegmentView segment, String previousSource, String nextSource) {
}
