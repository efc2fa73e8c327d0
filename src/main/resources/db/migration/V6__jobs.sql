-- Background jobs. Plain SQL that H2 2.x and PostgreSQL both accept unchanged.
-- Every instance polls this table; an instance takes a queued job with a conditional UPDATE
-- ("... set state = 'running', claimed_by = me where id = ? and state = 'queued'"), so exactly one wins.
CREATE SEQUENCE job_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE job (
    id               BIGINT       NOT NULL PRIMARY KEY,
    kind             VARCHAR(40)  NOT NULL,
    owner            VARCHAR(64)  NOT NULL,
    -- What the job works on, as JSON (file name, document, language); read only by the job's own kind.
    parameters       VARCHAR      NOT NULL,
    -- queued, running, done, failed, cancelled
    state            VARCHAR(16)  NOT NULL,
    done_units       BIGINT       NOT NULL,
    total_units      BIGINT       NOT NULL,
    message          VARCHAR(1000),
    -- A summary of what the job did, as JSON (imported counts, filled segments); also kept for a cancelled job.
    result           VARCHAR,
    result_url       VARCHAR(500),
    error            VARCHAR(2000),
    cancel_requested BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    -- The instance running the job and when it last said it is alive; a stale heartbeat means that instance died.
    claimed_by       VARCHAR(100),
    heartbeat_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_job_state ON job (state, id);
CREATE INDEX ix_job_owner ON job (owner, id);
