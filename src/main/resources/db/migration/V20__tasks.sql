-- Issue 20, tasks: one row per document and target language (the task package's own table). Translator and reviewer
-- are usernames; due is an instant (shown in each viewer's time zone); stage follows the translations' statuses.
-- overdue_fired_at: when the overdue check claimed the task (one instance fires TaskOverdue once); a new due time
-- clears it. A language added before this table existed has no row until something changes it: it reads as an empty
-- task (no assignee, no due time, priority normal).
CREATE SEQUENCE task_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE task (
    id               BIGINT      NOT NULL PRIMARY KEY,
    document_id      BIGINT      NOT NULL REFERENCES document (id),
    language         VARCHAR(35) NOT NULL,
    translator       VARCHAR(64),
    reviewer         VARCHAR(64),
    due              TIMESTAMP WITH TIME ZONE,
    priority         VARCHAR(16) NOT NULL,
    stage            VARCHAR(16) NOT NULL,
    overdue_fired_at TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_task UNIQUE (document_id, language)
);
CREATE INDEX ix_task_translator ON task (translator);
CREATE INDEX ix_task_reviewer ON task (reviewer);
CREATE INDEX ix_task_due ON task (due);
