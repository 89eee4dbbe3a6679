-- Moderation cases: chat messages sent with contact details hidden (MASKED) or held for a
-- moderator (HELD). The original text is kept here only, readable by moderators (audited).
CREATE TABLE contact_cases
(
    id              UUID                     NOT NULL PRIMARY KEY,
    surface         VARCHAR(20)              NOT NULL,
    mode            VARCHAR(10)              NOT NULL,
    writer_id       UUID                     NOT NULL REFERENCES accounts (id),
    conversation_id UUID,
    message_id      UUID,
    original        VARCHAR(10000)           NOT NULL,
    masked          VARCHAR(10000)           NOT NULL,
    kinds           VARCHAR(200)             NOT NULL,
    findings        VARCHAR(10000)           NOT NULL,
    status          VARCHAR(12)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      UUID,
    version         BIGINT                   NOT NULL
);
-- open cases, oldest first, for the moderators' queue (keyset)
CREATE INDEX contact_cases_status_idx ON contact_cases (status, created_at, id);
-- strikes: confirmed cases per writer
CREATE INDEX contact_cases_writer_idx ON contact_cases (writer_id, status);

-- Every read of an original by a moderator.
CREATE TABLE moderator_reads
(
    id           UUID                     NOT NULL PRIMARY KEY,
    moderator_id UUID                     NOT NULL REFERENCES accounts (id),
    case_id      UUID                     NOT NULL REFERENCES contact_cases (id),
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX moderator_reads_case_idx ON moderator_reads (case_id, read_at);

-- Accounts flagged for review after repeated confirmed violations.
CREATE TABLE account_flags
(
    account_id UUID                     NOT NULL PRIMARY KEY REFERENCES accounts (id),
    strikes    INT                      NOT NULL,
    flagged_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The send path reads a sender's last messages in a conversation (numbers split over messages).
CREATE INDEX messages_sender_recent_idx ON messages (conversation_id, sender_id, sent_at);
