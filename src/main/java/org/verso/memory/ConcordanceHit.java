package org.verso.memory;

import java.time.Instant;

/** A unit whose source or target contains the words searched for. */
public record ConcordanceHit(String source, String target, String origin, long unitId, Instant changedAt) {
}
