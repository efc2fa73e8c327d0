package org.verso.translation;

import java.time.Instant;

/** One save in a segment's history; {@code qaOverride} is why a reviewer approved despite quality errors. */
public record RevisionView(int version, String text, String status, String comment, String author, Instant created,
                           String qaOverride) {

    static RevisionView of(Revision r) {
        return new RevisionView(r.version, r.text, r.status.name(), r.comment, r.author, r.createdAt, r.qaOverride);
    }
}
