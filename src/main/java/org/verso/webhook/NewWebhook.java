package org.verso.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration: an http(s) URL the allow-list admits, the signing secret, and at least one event. */
public record NewWebhook(@Schema(required = true) String url, @Schema(required = true) String secret,
                         @Schema(required = true, description = "document.imported, language.ready_for_review,"
                                 + " language.finished, segment.rejected, task.overdue") List<String> events) {
}
