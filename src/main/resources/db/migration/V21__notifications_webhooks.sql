-- Issue 20, notifications: one row per notice to one person, written in the transaction of the change it tells about
-- (an assignment, a rejection, a mention...), so a notice is never lost and never told about a change rolled back.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notification (
    id         BIGINT        NOT NULL PRIMARY KEY,
    username   VARCHAR(64)   NOT NULL,
    -- task_assigned, ready_for_review, segment_rejected, mention, task_overdue
    type       VARCHAR(32)   NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    link       VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notification_user ON notification (username, id);

-- Which notification types each person also wants by e-mail, comma-separated; empty: none (the default).
ALTER TABLE app_user ADD COLUMN email_notifications VARCHAR(200) DEFAULT '' NOT NULL;

-- Webhooks: an admin's registration of a URL, its signing secret and the events it wants (comma-separated).
CREATE SEQUENCE webhook_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE webhook (
    id         BIGINT        NOT NULL PRIMARY KEY,
    url        VARCHAR(2000) NOT NULL,
    secret     VARCHAR(500)  NOT NULL,
    events     VARCHAR(500)  NOT NULL,
    created_by VARCHAR(64)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One event for one webhook, written in the transaction of the change (nothing lost), sent after the commit by a
-- background job, again after a failure until it succeeds or runs out of attempts.
-- state: queued (a job will send it), waiting (until next_attempt_at), delivered, failed (gave up).
CREATE SEQUENCE webhook_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE webhook_message (
    id              BIGINT      NOT NULL PRIMARY KEY,
    webhook_id      BIGINT      NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event           VARCHAR(40) NOT NULL,
    -- The Standard Webhooks "webhook-id": the same on every attempt, so a receiver can ignore a repeat.
    message_key     VARCHAR(64) NOT NULL,
    payload         VARCHAR     NOT NULL,
    state           VARCHAR(16) NOT NULL,
    attempts        INTEGER     NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_webhook_message_due ON webhook_message (state, next_attempt_at);

-- Every attempt to send a message: what the receiver answered (or why nothing came) and how long it took.
CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE webhook_delivery (
    id              BIGINT      NOT NULL PRIMARY KEY,
    message_id      BIGINT      NOT NULL REFERENCES webhook_message (id) ON DELETE CASCADE,
    webhook_id      BIGINT      NOT NULL,
    event           VARCHAR(40) NOT NULL,
    attempt         INTEGER     NOT NULL,
    -- delivered (a 2xx answer), failed (any other answer, a refused address, a timeout)
    status          VARCHAR(16) NOT NULL,
    response_status INTEGER,
    response_ms     BIGINT      NOT NULL,
    error           VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_webhook_delivery_hook ON webhook_delivery (webhook_id, id);
