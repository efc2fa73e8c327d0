package org.verso.quality;

import java.time.Instant;

/**
 * A finding on a segment's current translation that someone marked "not an error here", with who and why; {@code id}
 * is the mark's, to take it back.
 */
public record DismissedFinding(long id, QaFinding finding, String reason, String dismissedBy, Instant dismissedAt) {
}
