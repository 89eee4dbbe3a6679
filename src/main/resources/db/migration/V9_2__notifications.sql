-- E-mail notifications: per-kind delivery settings, notifications waiting to be batched, and the
-- outbox every e-mail is sent from (claimed with FOR UPDATE SKIP LOCKED by any node).
CREATE TABLE notification_settings
(
    account_id UUID        NOT NULL REFERENCES accounts (id),
    kind       VARCHAR(32) NOT NULL,
    delivery   VARCHAR(16) NOT NULL,
    CONSTRAINT notification_settings_pk PRIMARY KEY (account_id, kind)
);

-- BATCHED notifications until they are due: unread messages per conversation, other kinds as a
-- digest line per recipient.
CREATE TABLE notification_pending
(
    id              UUID                     NOT NULL PRIMARY KEY,
    recipient_id    UUID                     NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    conversation_id UUID,
    seq             BIGINT,
    line            VARCHAR(2000),
    dedupe_key      VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_pending_dedupe_unique UNIQUE (dedupe_key)
);
CREATE INDEX notification_pending_due_idx ON notification_pending (due_at);
CREATE INDEX notification_pending_group_idx ON notification_pending (recipient_id, conversation_id);

-- Pending offers, to warn experts a day before an offer expires.
CREATE TABLE notification_offer_watch
(
    offer_id      UUID                     NOT NULL PRIMARY KEY,
    offer_version INT                      NOT NULL,
    expert_id     UUID                     NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_offer_watch_due_idx ON notification_offer_watch (expires_at);

CREATE TABLE email_outbox
(
    id              UUID                     NOT NULL PRIMARY KEY,
    recipient_id    UUID                     NOT NULL,
    to_address      VARCHAR(254)             NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    body            VARCHAR(20000)           NOT NULL,
    -- PENDING, SENT or FAILED (gave up after the last attempt)
    status          VARCHAR(10)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    -- what this e-mail is about, so that a retried listener queues it once
    dedupe_key      VARCHAR(200)             NOT NULL,
    CONSTRAINT email_outbox_dedupe_unique UNIQUE (dedupe_key)
);
CREATE INDEX email_outbox_due_idx ON email_outbox (status, next_attempt_at);
CREATE INDEX email_outbox_created_idx ON email_outbox (created_at DESC, id DESC);
