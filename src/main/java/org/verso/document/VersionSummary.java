package org.verso.document;

import java.time.Instant;

/** One version of a document's source and what it did to the segments of the version before. */
public record VersionSummary(int version, String format, int unchanged, int changed, int added, int removed,
                             Instant createdAt, String createdBy) {

    static VersionSummary of(DocumentVersion v) {
        return new VersionSummary(v.version, v.format.id(), v.unchanged, v.changed, v.added, v.removed, v.createdAt,
                v.createdBy);
    }
}
