-- Server-side login sessions (issue 23): the browser holds a random token, the database its SHA-256, so a session
-- ends the moment its row goes (logout, password reset, role removed, account disabled) on every instance at once.
CREATE SEQUENCE user_session_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE user_session (
    id         BIGINT      NOT NULL PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES app_user (id),
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_user_session_token UNIQUE (token_hash)
);
CREATE INDEX ix_user_session_user ON user_session (user_id);
CREATE INDEX ix_user_session_created ON user_session (created_at);

-- A disabled account cannot log in, by form or HTTP Basic; its sessions are deleted when it is disabled.
ALTER TABLE app_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
