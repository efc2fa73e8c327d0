-- Translation memory. Plain SQL that H2 2.x and PostgreSQL both accept unchanged.

-- One counter hands out unit ids and change numbers. A writer takes it with an UPDATE, so it holds the row lock
-- until it commits: change numbers therefore become visible in the order they were handed out, and an instance
-- that follows the table with "change_seq > last seen" never skips a unit that commits late.
CREATE TABLE memory_clock (
    id    INT    NOT NULL PRIMARY KEY,
    counter BIGINT NOT NULL
);
INSERT INTO memory_clock (id, counter) VALUES (1, 0);

CREATE TABLE memory_unit (
    id              BIGINT       NOT NULL PRIMARY KEY,
    source_language VARCHAR(35)  NOT NULL,
    target_language VARCHAR(35)  NOT NULL,
    source_text     VARCHAR      NOT NULL,
    target_text     VARCHAR      NOT NULL,
    -- 64-bit hash of the source text, for exact (100%) lookups without comparing long texts in an index.
    source_hash     BIGINT       NOT NULL,
    -- Hash of the previous and next source segments where the unit came from a document; null for imports.
    context_hash    BIGINT,
    -- Where the unit came from: "document:<id>" or "file:<name>".
    origin          VARCHAR(500) NOT NULL,
    created_by      VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq      BIGINT       NOT NULL
);
CREATE INDEX ix_memory_unit_exact ON memory_unit (source_language, target_language, source_hash);
CREATE INDEX ix_memory_unit_change ON memory_unit (change_seq);

-- The unit each approved translation mirrors; editing that translation updates the unit. A table of its own rather
-- than a unique column of memory_unit, so imported units (most of the table) write no row and no index entry here.
CREATE TABLE memory_translation_unit (
    translation_id BIGINT NOT NULL PRIMARY KEY,
    unit_id        BIGINT NOT NULL REFERENCES memory_unit (id)
);
