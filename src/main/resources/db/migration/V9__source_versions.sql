-- Source updates: a new version of an article is aligned with the current one. Unchanged and changed segments keep
-- their rows (and translations); removed segments move, with their translations and revisions, to archive tables;
-- each version's changes are kept for the "what changed" page. Version 1 is the import itself (document row).
ALTER TABLE document ADD COLUMN source_version INT DEFAULT 1 NOT NULL;

CREATE SEQUENCE document_version_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document_version (
    id          BIGINT      NOT NULL PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES document (id),
    version     INT         NOT NULL,
    format      VARCHAR(16) NOT NULL,
    unchanged   INT         NOT NULL,
    changed     INT         NOT NULL,
    added       INT         NOT NULL,
    removed     INT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    CONSTRAINT uq_document_version UNIQUE (document_id, version)
);

CREATE SEQUENCE source_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE source_change (
    id          BIGINT      NOT NULL PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES document (id),
    version     INT         NOT NULL,
    change_kind VARCHAR(16) NOT NULL,
    -- The live segment for changed and added ones, the archived one for removed ones; no foreign key for that reason.
    segment_id  BIGINT      NOT NULL,
    -- Position in the new version (changed, added) or in the old one (removed), starting at 0.
    ordinal     INT         NOT NULL,
    old_text    VARCHAR,
    new_text    VARCHAR
);
CREATE INDEX ix_source_change_document ON source_change (document_id, version);
CREATE INDEX ix_source_change_segment ON source_change (segment_id);

CREATE TABLE archived_segment (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    document_id        BIGINT      NOT NULL REFERENCES document (id),
    removed_in_version INT         NOT NULL,
    ordinal            INT         NOT NULL,
    paragraph          INT         NOT NULL,
    kind               VARCHAR(16) NOT NULL,
    source_text        VARCHAR     NOT NULL,
    word_count         INT         NOT NULL,
    translatable       BOOLEAN     NOT NULL
);
CREATE INDEX ix_archived_segment_document ON archived_segment (document_id);

CREATE TABLE archived_translation (
    id          BIGINT      NOT NULL PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES document (id),
    segment_id  BIGINT      NOT NULL REFERENCES archived_segment (id),
    language    VARCHAR(35) NOT NULL,
    text        VARCHAR,
    status      VARCHAR(16) NOT NULL,
    version     INT         NOT NULL,
    updated_by  VARCHAR(64),
    updated_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_archived_translation_segment ON archived_translation (segment_id);

CREATE TABLE archived_revision (
    id             BIGINT        NOT NULL PRIMARY KEY,
    translation_id BIGINT        NOT NULL REFERENCES archived_translation (id),
    version        INT           NOT NULL,
    text           VARCHAR,
    status         VARCHAR(16)   NOT NULL,
    comment        VARCHAR(2000),
    author         VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    qa_override    VARCHAR(2000)
);
CREATE INDEX ix_archived_revision_translation ON archived_revision (translation_id);
