package org.verso.comment;

import java.util.List;

/**
 * Fired inside the transaction that added a comment; {@code mentions} are the existing users it names with
 * {@code @username}. Notifications follow it after the commit.
 */
public record CommentAdded(long documentId, long segmentId, long commentId, String author, String text,
                           List<String> mentions) {

    public CommentAdded {
        mentions = List.copyOf(mentions);
    }
}
