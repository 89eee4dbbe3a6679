CREATE TABLE contracts
(
    id                   UUID                     NOT NULL PRIMARY KEY,
    offer_id             UUID                     NOT NULL,
    application_id       UUID                     NOT NULL,
    job_id               UUID                     NOT NULL,
    client_id            UUID                     NOT NULL REFERENCES accounts (id),
    expert_id            UUID                     NOT NULL REFERENCES accounts (id),
    title                VARCHAR(120)             NOT NULL,
    rate_type            VARCHAR(10)              NOT NULL,
    amount               NUMERIC(12, 2)           NOT NULL,
    currency             VARCHAR(3)               NOT NULL,
    weekly_hour_limit    INT,
    terms                VARCHAR(20000)           NOT NULL,
    terms_version        INT                      NOT NULL,
    offer_version        INT                      NOT NULL,
    status               VARCHAR(10)              NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at             TIMESTAMP WITH TIME ZONE,
    buyout_status        VARCHAR(12)              NOT NULL,
    buyout_fee           NUMERIC(14, 2),
    buyout_requested_at  TIMESTAMP WITH TIME ZONE,
    buyout_confirmed_at  TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    -- exactly one contract per offer and per application, even when accepts race
    CONSTRAINT contracts_offer_unique UNIQUE (offer_id),
    CONSTRAINT contracts_application_unique UNIQUE (application_id)
);
CREATE INDEX contracts_client_idx ON contracts (client_id, started_at DESC, id DESC);
CREATE INDEX contracts_expert_idx ON contracts (expert_id, started_at DESC, id DESC);
-- "may these two share contact details": both directions are looked up by the pair
CREATE INDEX contracts_pair_idx ON contracts (client_id, expert_id, buyout_status);
