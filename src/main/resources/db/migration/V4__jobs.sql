CREATE TABLE jobs
(
    id              UUID                     NOT NULL PRIMARY KEY,
    owner_id        UUID                     NOT NULL REFERENCES accounts (id),
    title           VARCHAR(120)             NOT NULL,
    description     VARCHAR(20000)           NOT NULL,
    skills          VARCHAR(1000)            NOT NULL,
    rate_type       VARCHAR(10)              NOT NULL,
    budget_amount   NUMERIC(12, 2)           NOT NULL,
    budget_currency VARCHAR(3)               NOT NULL,
    visibility      VARCHAR(10)              NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL
);
-- A client's own jobs, newest first (keyset).
CREATE INDEX jobs_owner_idx ON jobs (owner_id, created_at DESC, id DESC);
-- Public open jobs, newest first (keyset).
CREATE INDEX jobs_public_idx ON jobs (status, visibility, created_at DESC, id DESC);
