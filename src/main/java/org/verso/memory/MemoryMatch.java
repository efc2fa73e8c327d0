package org.verso.memory;

import java.time.Instant;

/**
 * A memory match for a source text: 101 (same text, same neighbours), 100 (same text) or a fuzzy score
 * below 100. {@code origin} says where the unit came from ("document:12", "file:news.tmx").
 */
public record MemoryMatch(String source, String target, int score, String origin, long unitId, String createdBy,
                          Instant changedAt) {
}
