-- Glossary terms per language pair, quality-check settings per document, and QA overrides on revisions.
-- Plain SQL that H2 2.x and PostgreSQL both accept unchanged.

CREATE SEQUENCE glossary_term_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE glossary_term (
    id              BIGINT        NOT NULL PRIMARY KEY,
    source_language VARCHAR(35)   NOT NULL,
    target_language VARCHAR(35)   NOT NULL,
    source_term     VARCHAR(500)  NOT NULL,
    target_term     VARCHAR(500)  NOT NULL,
    part_of_speech  VARCHAR(40),
    note            VARCHAR(2000),
    -- preferred, admitted or forbidden
    status          VARCHAR(16)   NOT NULL,
    case_sensitive  BOOLEAN       NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_glossary_term UNIQUE (source_language, target_language, source_term, target_term)
);
CREATE INDEX ix_glossary_term_pair ON glossary_term (source_language, target_language);

-- Checks an admin turned off for one document; every check not listed runs.
CREATE TABLE document_disabled_check (
    document_id BIGINT      NOT NULL REFERENCES document (id),
    check_id    VARCHAR(40) NOT NULL,
    PRIMARY KEY (document_id, check_id)
);

-- Why a reviewer approved a segment that had QA errors.
ALTER TABLE revision ADD COLUMN qa_override VARCHAR(2000);
