package org.verso.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One save in a segment's history: {@code user} saved {@code text} with {@code status} {@code at} that time;
 * {@code comment} is a reviewer's note or why the revision was made (split, joined, reverted, replaced),
 * {@code qaOverride} why a reviewer approved despite quality errors, {@code origin} where the change came from
 * (EDITOR, REVERT, REPLACE, MEMORY_CONTEXT, MEMORY_EXACT, MACHINE, XLIFF_IMPORT, SOURCE_CHANGE, SPLIT, JOIN; null
 * for revisions older than origins).
 */
public record RevisionView(int version, String text, String status, String user, Instant at, String comment,
                           String qaOverride, ChangeOrigin origin) {

    /** The same as {@code user}, under the name the API gave it first; kept so earlier clients keep working. */
    @JsonProperty("author")
    public String author() {
        return user;
    }

    /** The same as {@code at}, under the name the API gave it first. */
    @JsonProperty("created")
    public Instant created() {
        return at;
    }

    static RevisionView of(Revision r) {
        return new RevisionView(r.version, r.text, r.status.name(), r.author, r.createdAt, r.comment, r.qaOverride,
                r.origin);
    }
}
