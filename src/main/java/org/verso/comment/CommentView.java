package org.verso.comment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A comment as the API and the pages show it: {@code replyTo} is the comment it answers (null for a thread's
 * start), {@code mentions} the existing users it names with @.
 */
public record CommentView(long id, long segmentId, String user, String text, Instant at, Long replyTo,
                          List<String> mentions) {

    static CommentView of(SegmentComment c) {
        return new CommentView(c.id, c.segmentId, c.author, c.text, c.createdAt, c.replyTo,
                c.mentions.isEmpty() ? List.of() : List.of(c.mentions.split(" ")));
    }

    /** The text cut at its mentions, so a page can mark them. */
    public List<Mentions.Piece> pieces() {
        return Mentions.pieces(text, Set.copyOf(mentions));
    }
}
