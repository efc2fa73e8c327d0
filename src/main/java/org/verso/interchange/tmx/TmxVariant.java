package org.verso.interchange.tmx;

import java.time.Instant;

/**
 * One {@code <tuv>}: a language and the plain text of its {@code <seg>}.
 *
 * @param language {@code xml:lang} (or the legacy {@code lang}) exactly as written, for example "FR-CA"
 * @param text the segment text with inline codes left out (see {@link TmxReader}); never blank
 * @param creationDate null when absent or not a date
 * @param changeDate null when absent or not a date
 */
public record TmxVariant(String language, String text, Instant creationDate, String creationId, Instant changeDate) {
}
