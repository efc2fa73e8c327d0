package org.verso.memory.fuzzy;

/** A stored unit that matches a query, with its {@link FuzzyScore} (0–100). */
public record FuzzyHit(long unitId, int score) {
}
