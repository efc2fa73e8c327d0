-- Verso core schema. Plain SQL that H2 2.x and PostgreSQL both accept unchanged.
-- Ids come from sequences with an increment of 50 so Hibernate can batch inserts (an import writes thousands of rows).

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document (
    id              BIGINT       NOT NULL PRIMARY KEY,
    title           VARCHAR(500) NOT NULL,
    source_language VARCHAR(35)  NOT NULL,
    format          VARCHAR(16)  NOT NULL,
    -- The source side never changes after import, so its sizes are stored once instead of counted per page view.
    segment_count   INT          NOT NULL,
    paragraph_count INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)  NOT NULL
);

CREATE SEQUENCE paragraph_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE paragraph (
    id          BIGINT      NOT NULL PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES document (id),
    position    INT         NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    markup      VARCHAR(64) NOT NULL,
    segmentable BOOLEAN     NOT NULL,
    CONSTRAINT uq_paragraph_position UNIQUE (document_id, position)
);

CREATE SEQUENCE segment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE segment (
    id           BIGINT      NOT NULL PRIMARY KEY,
    document_id  BIGINT      NOT NULL REFERENCES document (id),
    ordinal      INT         NOT NULL,
    paragraph    INT         NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    source_text  VARCHAR     NOT NULL,
    word_count   INT         NOT NULL,
    translatable BOOLEAN     NOT NULL,
    CONSTRAINT uq_segment_ordinal UNIQUE (document_id, ordinal)
);

CREATE SEQUENCE document_language_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document_language (
    id          BIGINT      NOT NULL PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES document (id),
    language    VARCHAR(35) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(64) NOT NULL,
    CONSTRAINT uq_document_language UNIQUE (document_id, language)
);

CREATE SEQUENCE translation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE translation (
    id          BIGINT      NOT NULL PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES document (id),
    segment_id  BIGINT      NOT NULL REFERENCES segment (id),
    language    VARCHAR(35) NOT NULL,
    -- Copies of the segment's position, size and flag, so paging and progress read this table alone.
    ordinal      INT        NOT NULL,
    words        INT        NOT NULL,
    translatable BOOLEAN    NOT NULL,
    text        VARCHAR,
    status      VARCHAR(16) NOT NULL,
    version     INT         NOT NULL,
    updated_by  VARCHAR(64),
    updated_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_translation_segment_language UNIQUE (segment_id, language)
);
CREATE INDEX ix_translation_document_language ON translation (document_id, language, ordinal);

CREATE SEQUENCE revision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE revision (
    id             BIGINT        NOT NULL PRIMARY KEY,
    translation_id BIGINT        NOT NULL REFERENCES translation (id),
    version        INT           NOT NULL,
    text           VARCHAR,
    status         VARCHAR(16)   NOT NULL,
    comment        VARCHAR(2000),
    author         VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_revision_translation ON revision (translation_id);
CREATE INDEX ix_segment_document ON segment (document_id);
CREATE INDEX ix_paragraph_document ON paragraph (document_id);
