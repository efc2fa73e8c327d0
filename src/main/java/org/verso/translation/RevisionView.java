package org.verso.translation;

import java.time.Instant;

/** One save in a segment's history. */
public record RevisionView(int version, String text, String status, String comment, String author, Instant created) {

    static RevisionView of(Revision r) {
        return new RevisionView(r.version, r.text, r.status.name(), r.comment, r.author, r.createdAt);
    }
}
