package org.verso.task;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One document of the desk with its target languages' tasks. */
public record DeskRow(long documentId, String title, List<Cell> languages) {

    public DeskRow {
        languages = List.copyOf(languages);
    }

    /** One language: {@code progress} as in {@link MyTask}; translator, reviewer and due may be null. */
    public record Cell(String language, @Schema(enumeration = {"translating", "review", "done"}) String stage,
                       String translator, String reviewer, Instant due, int progress, boolean overdue) {
    }
}
