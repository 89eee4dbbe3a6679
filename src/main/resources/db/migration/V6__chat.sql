-- Chat: one conversation per application, its participants with their read pointers, and an
-- append-only timeline of messages and system events numbered by a dense per-conversation seq.
-- Portable: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE conversations
(
    id               UUID                     NOT NULL PRIMARY KEY,
    application_id   UUID                     NOT NULL,
    title            VARCHAR(200)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the seq of the newest message; the send path locks this row to allocate the next one
    last_seq         BIGINT                   NOT NULL,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT conversations_application_unique UNIQUE (application_id)
);

CREATE TABLE conversation_participants
(
    conversation_id  UUID                     NOT NULL REFERENCES conversations (id),
    participant_id   UUID                     NOT NULL,
    role             VARCHAR(16)              NOT NULL,
    -- everything up to and including this seq has been read by the participant
    last_read_seq    BIGINT                   NOT NULL,
    joined_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- copy of conversations.last_activity_at, so that "my conversations, newest activity first"
    -- pages straight off the index below instead of sorting all of a participant's conversations
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conversation_participants_pk PRIMARY KEY (conversation_id, participant_id)
);
CREATE INDEX conversation_participants_list_idx
    ON conversation_participants (participant_id, last_activity_at DESC, conversation_id DESC);

CREATE TABLE messages
(
    id                UUID                     NOT NULL PRIMARY KEY,
    conversation_id   UUID                     NOT NULL REFERENCES conversations (id),
    seq               BIGINT                   NOT NULL,
    type              VARCHAR(16)              NOT NULL,
    -- null for system events
    sender_id         UUID,
    body              VARCHAR(10000)           NOT NULL,
    -- system event kind such as terms.proposed; null for messages
    kind              VARCHAR(64),
    -- small JSON object of a system event; null for messages
    data              VARCHAR(4000),
    client_message_id VARCHAR(100),
    sent_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at         TIMESTAMP WITH TIME ZONE,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT messages_seq_unique UNIQUE (conversation_id, seq),
    -- backstop of idempotent sends; NULLs are distinct, so system events and sends without an id pass
    CONSTRAINT messages_client_id_unique UNIQUE (conversation_id, sender_id, client_message_id)
);
