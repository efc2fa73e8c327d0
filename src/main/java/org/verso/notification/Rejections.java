package org.verso.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;
import org.verso.translation.RevisionView;
import org.verso.translation.RevisionService;
import org.verso.translation.TranslationStatus;
import org.verso.translation.TranslationsChanged;

/**
 * The rejections in a change of the write path, read inside its transaction: the rejecting revision holds the
 * reviewer's comment (the editor's reject also starts the comment thread with it, but only after the save, so the
 * revision is where it already is), and the newest earlier revision that wrote text names the translator.
 */
@ApplicationScoped
public class Rejections {

    /** Statuses of a revision in which someone wrote the text (not a reviewer's approval or rejection). */
    private static final Set<String> WRITTEN = Set.of(TranslationStatus.DRAFT.name(),
            TranslationStatus.TRANSLATED.name(), TranslationStatus.FUZZY.name());

    private final DocumentService documents;
    private final RevisionService revisions;

    Rejections(DocumentService documents, RevisionService revisions) {
        this.documents = documents;
        this.revisions = revisions;
    }

    /** Nothing (and no query) for a change without a rejection, which is nearly every change. */
    public List<Rejection> of(TranslationsChanged changed) {
        List<TranslationsChanged.Item> rejected = changed.items().stream()
                .filter(i -> i.status() == TranslationStatus.REJECTED).toList();
        if (rejected.isEmpty()) {
            return List.of();
        }
        String title = documents.getDocument(changed.documentId()).title();
        Map<Long, SegmentView> segments = documents.segments(changed.documentId(),
                rejected.stream().map(TranslationsChanged.Item::segmentId).toList()).stream()
                .collect(Collectors.toMap(SegmentView::id, Function.identity()));
        List<Rejection> out = new ArrayList<>();
        for (TranslationsChanged.Item item : rejected) {
            List<RevisionView> history = revisions.revisions(changed.documentId(), changed.language(),
                    item.segmentId());
            RevisionView rejecting = history.get(history.size() - 1);
            String translator = history.subList(0, history.size() - 1).stream()
                    .filter(r -> WRITTEN.contains(r.status()) && r.user() != null)
                    .reduce((first, second) -> second).map(RevisionView::user).orElse(null);
            SegmentView segment = segments.get(item.segmentId());
            out.add(new Rejection(changed.documentId(), title, changed.language(), item.segmentId(),
                    segment == null ? 0 : segment.ordinal() + 1, segment == null ? "" : segment.source(),
                    item.text(), rejecting.comment(), changed.user(), translator));
        }
        return out;
    }
}
