-- Findings a person marked "not an error here" (issue 19): one check's finding on the translation of one segment
-- into one language, with the reason. The finding is known by its message (finding_hash: SHA-256 of it, for the key)
-- and holds only for the text it was marked on (text_hash: SHA-256 of the source and the translation, NUL between),
-- so a changed translation, or a new source version, brings it back.
-- No foreign key to segment: a split or join removes segments, and their translations' findings with them.
-- Plain SQL that H2 2.x and PostgreSQL both accept unchanged.
CREATE SEQUENCE qa_dismissal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE qa_dismissal (
    id           BIGINT        NOT NULL PRIMARY KEY,
    document_id  BIGINT        NOT NULL REFERENCES document (id),
    segment_id   BIGINT        NOT NULL,
    language     VARCHAR(35)   NOT NULL,
    check_id     VARCHAR(40)   NOT NULL,
    finding_hash CHAR(64)      NOT NULL,
    message      VARCHAR       NOT NULL,
    text_hash    CHAR(64)      NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    dismissed_by VARCHAR(64)   NOT NULL,
    dismissed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_qa_dismissal UNIQUE (segment_id, language, check_id, finding_hash, text_hash)
);
CREATE INDEX ix_qa_dismissal_document ON qa_dismissal (document_id, language);
