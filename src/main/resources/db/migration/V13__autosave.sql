-- Issue 19: what a person types is kept within a second of a pause, before they confirm it — per person, so it
-- follows them to another device and never changes the translation (its text, status or version) until confirmed.
-- One row per person, segment and language; it goes with its segment (a join, a new source version, a deletion).
CREATE SEQUENCE autosave_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE autosave (
    id           BIGINT      NOT NULL PRIMARY KEY,
    document_id  BIGINT      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    segment_id   BIGINT      NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
    language     VARCHAR(35) NOT NULL,
    username     VARCHAR(64) NOT NULL,
    text         VARCHAR     NOT NULL,
    -- The translation's version when the person started typing: a save from it is a conflict if someone saved since.
    base_version INT         NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_autosave UNIQUE (segment_id, language, username)
);
CREATE INDEX ix_autosave_document ON autosave (document_id, language, username);
