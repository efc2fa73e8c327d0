-- Comments on segments (issue 7): threaded by reply_to, language-independent (a question about the source is for
-- every translator). No foreign key to segment: a join moves the removed segment's comments to the joined one.
CREATE SEQUENCE segment_comment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE segment_comment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    document_id BIGINT        NOT NULL REFERENCES document (id),
    segment_id  BIGINT        NOT NULL,
    reply_to    BIGINT        REFERENCES segment_comment (id),
    author      VARCHAR(64)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    -- Usernames the text @mentions that existed when it was written, space-separated.
    mentions    VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_segment_comment_segment ON segment_comment (document_id, segment_id);
