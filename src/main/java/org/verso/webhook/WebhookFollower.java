package org.verso.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.verso.document.DocumentImported;
import org.verso.document.DocumentService;
import org.verso.notification.Rejections;
import org.verso.task.TaskOverdue;
import org.verso.task.TaskStage;
import org.verso.task.TaskStageChanged;
import org.verso.translation.TranslationStatus;
import org.verso.translation.TranslationsChanged;

/**
 * The events webhooks hear, turned into their payloads inside the transaction that fired them; sending waits for
 * background jobs after the commit ({@link WebhookQueue}).
 */
@ApplicationScoped
class WebhookFollower {

    private final WebhookQueue queue;
    private final Rejections rejections;
    private final DocumentService documents;
    private final String publicUrl;

    WebhookFollower(WebhookQueue queue, Rejections rejections, DocumentService documents,
                    @ConfigProperty(name = "verso.public-url") Optional<String> publicUrl) {
        this.queue = queue;
        this.rejections = rejections;
        this.documents = documents;
        this.publicUrl = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
    }

    void imported(@Observes DocumentImported e) {
        queue.enqueue("document.imported", () -> data("documentId", e.documentId(), "title", e.title(),
                "sourceLanguage", e.sourceLanguage(), "format", e.format(), "user", e.username()));
    }

    void staged(@Observes TaskStageChanged e) {
        Supplier<Map<String, Object>> data = () -> data("documentId", e.documentId(), "title", e.title(),
                "language", e.language(), "translator", e.translator(), "reviewer", e.reviewer());
        if (e.stage() == TaskStage.REVIEW && e.previous() != TaskStage.REVIEW) {
            queue.enqueue("language.ready_for_review", data);
        } else if (e.stage() == TaskStage.DONE && e.previous() != TaskStage.DONE) {
            queue.enqueue("language.finished", () -> {
                Map<String, Object> finished = data.get();
                finished.put("downloads", downloads(e.documentId(), e.language()));
                return finished;
            });
        }
    }

    void overdue(@Observes TaskOverdue e) {
        queue.enqueue("task.overdue", () -> data("documentId", e.documentId(), "title", e.title(),
                "language", e.language(), "translator", e.translator(), "reviewer", e.reviewer(),
                "due", e.due() == null ? null : e.due().toString(), "stage", e.stage().apiName()));
    }

    void rejected(@Observes TranslationsChanged e) {
        if (e.items().stream().noneMatch(i -> i.status() == TranslationStatus.REJECTED)) {
            return;
        }
        queue.enqueueEach("segment.rejected", () -> rejections.of(e).stream().map(r -> data("documentId",
                r.documentId(), "title", r.title(), "language", r.language(), "segmentId", r.segmentId(),
                "number", r.number(), "source", r.source(), "text", r.text(), "comment", r.comment(),
                "reviewer", r.reviewer(), "translator", r.translator())).toList());
    }

    /**
     * The export API's links for the finished language: the article's own format and XLIFF 2.1. A caller needs read
     * access to the document (an API token with the read scope will do).
     */
    private Map<String, Object> downloads(long documentId, String language) {
        String format = switch (documents.getDocument(documentId).format()) {
            case "markdown" -> "md";
            case "html" -> "html";
            case "docx" -> "docx";
            default -> "txt";
        };
        String base = publicUrl + "/api/documents/" + documentId + "/languages/" + language + "/export?format=";
        return data(format, base + format, "xliff", base + "xliff");
    }

    /** An ordered map from name, value pairs (values may be null, which Map.of refuses). */
    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
