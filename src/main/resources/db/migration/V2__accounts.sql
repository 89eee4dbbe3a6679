CREATE TABLE accounts
(
    id               UUID                     NOT NULL PRIMARY KEY,
    email            VARCHAR(254)             NOT NULL,
    email_normalized VARCHAR(254)             NOT NULL,
    password_hash    VARCHAR(200)             NOT NULL,
    display_name     VARCHAR(80)              NOT NULL,
    role             VARCHAR(16)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT accounts_email_unique UNIQUE (email_normalized)
);

CREATE TABLE access_tokens
(
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES accounts (id),
    name       VARCHAR(80)              NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT access_tokens_hash_unique UNIQUE (token_hash)
);
CREATE INDEX access_tokens_account_idx ON access_tokens (account_id, created_at);

CREATE TABLE login_throttle
(
    email_normalized VARCHAR(254)             NOT NULL PRIMARY KEY,
    failures         INT                      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);
