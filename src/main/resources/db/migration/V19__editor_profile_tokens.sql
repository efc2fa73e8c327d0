-- Issue 20, people and permissions: an admin's password reset makes the user choose a new one at next login; each
-- user keeps an e-mail address and a time zone (IANA id) on their profile.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64);

-- Personal API tokens, sent as "Authorization: Bearer". Like a session, only the SHA-256 of the random token is kept,
-- so a copy of the database opens nothing; revoking deletes the row. last_used_at is written at most once a minute.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    scopes       VARCHAR(40)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);
