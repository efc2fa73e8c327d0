package org.verso.machine;

/** One engine's translation of a text. */
public record Suggestion(String provider, String text) {
}
