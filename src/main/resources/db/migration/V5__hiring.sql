CREATE TABLE invites
(
    id              UUID                     NOT NULL PRIMARY KEY,
    job_id          UUID                     NOT NULL REFERENCES jobs (id),
    client_id       UUID                     NOT NULL REFERENCES accounts (id),
    expert_id       UUID                     NOT NULL REFERENCES accounts (id),
    message         VARCHAR(5000)            NOT NULL,
    proposed_terms  VARCHAR(20000),
    status          VARCHAR(16)              NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    decline_reason  VARCHAR(32),
    decline_message VARCHAR(2000),
    application_id  UUID,
    -- job:expert while pending, NULL otherwise: at most one open invite per job and expert
    open_key        VARCHAR(80),
    version         BIGINT                   NOT NULL,
    CONSTRAINT invites_open_unique UNIQUE (open_key)
);
-- "My job applications": an expert's invites by status, newest first (keyset)
CREATE INDEX invites_expert_idx ON invites (expert_id, status, sent_at DESC, id DESC);
-- a job's invites for its owner, newest first
CREATE INDEX invites_job_idx ON invites (job_id, sent_at DESC, id DESC);
-- the expiry job
CREATE INDEX invites_due_idx ON invites (status, expires_at);

CREATE TABLE applications
(
    id              UUID                     NOT NULL PRIMARY KEY,
    job_id          UUID                     NOT NULL REFERENCES jobs (id),
    client_id       UUID                     NOT NULL REFERENCES accounts (id),
    expert_id       UUID                     NOT NULL REFERENCES accounts (id),
    invite_id       UUID REFERENCES invites (id),
    status          VARCHAR(16)              NOT NULL,
    cover_letter    VARCHAR(5000)            NOT NULL,
    terms_version   INT                      NOT NULL,
    conversation_id UUID,
    decline_reason  VARCHAR(32),
    decline_message VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- job:expert while live or hired, NULL once withdrawn, declined or closed
    open_key        VARCHAR(80),
    version         BIGINT                   NOT NULL,
    CONSTRAINT applications_open_unique UNIQUE (open_key)
);
-- "My job applications": an expert's applications by status, newest first (keyset)
CREATE INDEX applications_expert_idx ON applications (expert_id, status, updated_at DESC, id DESC);
-- a job's applicants for its owner, newest first (keyset)
CREATE INDEX applications_job_idx ON applications (job_id, updated_at DESC, id DESC);

CREATE TABLE terms_versions
(
    application_id UUID                     NOT NULL REFERENCES applications (id),
    version        INT                      NOT NULL,
    author_id      UUID                     NOT NULL REFERENCES accounts (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    terms          VARCHAR(20000)           NOT NULL,
    PRIMARY KEY (application_id, version)
);

CREATE TABLE offers
(
    id              UUID                     NOT NULL PRIMARY KEY,
    application_id  UUID                     NOT NULL REFERENCES applications (id),
    job_id          UUID                     NOT NULL REFERENCES jobs (id),
    client_id       UUID                     NOT NULL REFERENCES accounts (id),
    expert_id       UUID                     NOT NULL REFERENCES accounts (id),
    status          VARCHAR(20)              NOT NULL,
    offer_version   INT                      NOT NULL,
    terms_version   INT                      NOT NULL,
    terms           VARCHAR(20000)           NOT NULL,
    message         VARCHAR(5000)            NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    changes_message VARCHAR(5000),
    contract_id     UUID,
    -- the application id while pending or changes requested: one open offer per application
    open_key        VARCHAR(40),
    lock_version    BIGINT                   NOT NULL,
    CONSTRAINT offers_open_unique UNIQUE (open_key)
);
CREATE INDEX offers_application_idx ON offers (application_id, sent_at DESC);
CREATE INDEX offers_due_idx ON offers (status, expires_at);
