package org.verso.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One document language's task: who translates, who reviews, by when, how urgent, and where it stands. */
@Entity
@Table(name = "task")
class Task extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    Long id;

    @Column(name = "document_id")
    Long documentId;

    String language;

    String translator;

    String reviewer;

    Instant due;

    @Enumerated(EnumType.STRING)
    TaskPriority priority = TaskPriority.NORMAL;

    @Enumerated(EnumType.STRING)
    TaskStage stage = TaskStage.TRANSLATING;

    @Column(name = "overdue_fired_at")
    Instant overdueFiredAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    static Task create(long documentId, String language, TaskStage stage) {
        Task task = new Task();
        task.documentId = documentId;
        task.language = language;
        task.stage = stage;
        task.updatedAt = Instant.now();
        return task;
    }

    /** Past its due time and not done (at {@code now}). */
    boolean overdue(Instant now) {
        return due != null && due.isBefore(now) && stage != TaskStage.DONE;
    }
}
