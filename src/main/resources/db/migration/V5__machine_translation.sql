-- Machine translation: what engines answered, so a repeated sentence never costs a second request, and which
-- translations were filled by an engine.

-- One engine answer per (engine, language pair, source text). The text is keyed by its SHA-256 (hex), so a
-- long sentence needs no long index and the article's source is not stored a second time.
CREATE TABLE mt_cache (
    provider        VARCHAR(32)  NOT NULL,
    source_language VARCHAR(35)  NOT NULL,
    target_language VARCHAR(35)  NOT NULL,
    text_hash       CHAR(64)     NOT NULL,
    translated      VARCHAR      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, source_language, target_language, text_hash)
);

-- A translation pre-filled by an engine. It counts as machine output while its version is still the one the
-- engine wrote; any later save (a person's edit or confirmation) raises the version and ends that.
CREATE TABLE translation_machine_origin (
    translation_id BIGINT      NOT NULL PRIMARY KEY REFERENCES translation (id) ON DELETE CASCADE,
    provider       VARCHAR(32) NOT NULL,
    version        INT         NOT NULL
);
