package org.verso.comment;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.verso.account.UserService;
import org.verso.document.DocumentService;
import org.verso.document.SegmentsJoined;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.failure.StorableText;

/** Comments on segments: threads of questions and answers, with @mentions of users. */
@ApplicationScoped
public class CommentService {

    private static final int MAX_TEXT = 4_000;

    private final DocumentService documents;
    private final UserService users;
    private final Event<CommentAdded> added;

    CommentService(DocumentService documents, UserService users, Event<CommentAdded> added) {
        this.documents = documents;
        this.users = users;
        this.added = added;
    }

    /** The segment's comments in thread order: each thread's start, then its replies, oldest first. */
    public List<CommentView> comments(long documentId, long segmentId) {
        documents.segmentInContext(documentId, segmentId);
        List<SegmentComment> all = SegmentComment.list("documentId = ?1 and segmentId = ?2",
                Sort.by("createdAt").and("id"), documentId, segmentId);
        return threaded(all.stream().map(CommentView::of).toList());
    }

    /** Adds a comment (an answer when {@code replyTo} is given) by {@code username}; answers the whole thread. */
    @Transactional
    public CommentView addComment(long documentId, long segmentId, String text, Long replyTo, String username) {
        documents.segmentInContext(documentId, segmentId);
        String body = text == null ? "" : StorableText.require(text, "The comment").strip();
        if (body.isEmpty()) {
            throw new InvalidInputException(ErrComment.class, m -> m.writeCommentFirst());
        }
        if (body.length() > MAX_TEXT) {
            throw new InvalidInputException(ErrCommon.class, m -> m.commentMostCharacters(MAX_TEXT));
        }
        if (replyTo != null && SegmentComment.count("id = ?1 and documentId = ?2 and segmentId = ?3", replyTo,
                documentId, segmentId) == 0) {
            throw new NotFoundException(ErrComment.class, m -> m.segmentCommentReply(segmentId, replyTo));
        }
        SegmentComment comment = new SegmentComment();
        comment.documentId = documentId;
        comment.segmentId = segmentId;
        comment.replyTo = replyTo;
        comment.author = username;
        comment.text = body;
        List<String> mentioned = List.copyOf(users.existingUsernames(Mentions.candidates(body)));
        comment.mentions = String.join(" ", mentioned);
        comment.createdAt = Instant.now();
        comment.persist();
        added.fire(new CommentAdded(documentId, segmentId, comment.id, username, body, mentioned));
        return CommentView.of(comment);
    }

    /** How many comments each of these segments has; segments without any are left out. One query. */
    public Map<Long, Long> counts(long documentId, Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = SegmentComment.getEntityManager().createQuery("select c.segmentId, count(c) from "
                + "SegmentComment c where c.documentId = ?1 and c.segmentId in ?2 group by c.segmentId",
                Object[].class).setParameter(1, documentId).setParameter(2, segmentIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** A join keeps the removed segment's discussion on the joined one. */
    void followJoin(@Observes SegmentsJoined join) {
        SegmentComment.update("segmentId = ?1 where documentId = ?2 and segmentId = ?3", join.segmentId(),
                join.documentId(), join.removedSegmentId());
    }

    /** Depth-first: a comment, then its answers (and theirs), each level oldest first. */
    private static List<CommentView> threaded(List<CommentView> oldestFirst) {
        Map<Long, List<CommentView>> answers = new LinkedHashMap<>();
        Set<Long> ids = oldestFirst.stream().map(CommentView::id).collect(Collectors.toSet());
        List<CommentView> out = new ArrayList<>();
        for (CommentView c : oldestFirst) {
            answers.computeIfAbsent(c.replyTo() != null && ids.contains(c.replyTo()) ? c.replyTo() : null,
                    k -> new ArrayList<>()).add(c);
        }
        addThread(answers, null, out);
        return out;
    }

    private static void addThread(Map<Long, List<CommentView>> answers, Long parent, List<CommentView> out) {
        for (CommentView c : answers.getOrDefault(parent, List.of())) {
            out.add(c);
            addThread(answers, c.id(), out);
        }
    }
}
