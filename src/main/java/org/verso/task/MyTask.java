package org.verso.task;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One open task of mine. {@code progress}: percent of the language's translatable words translated or approved;
 * {@code overdue}: the due time has passed.
 */
public record MyTask(long documentId, String title, String language,
                     @Schema(enumeration = {"translating", "review"}) String stage, Instant due,
                     @Schema(enumeration = {"breaking", "normal", "low"}) String priority, int progress,
                     boolean overdue) {
}
