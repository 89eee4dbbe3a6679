-- Chat attachments: uploaded first (message_id NULL), then attached to one message of the same
-- conversation by their uploader. Uploads never attached are removed after a day.
CREATE TABLE attachments
(
    id              UUID                     NOT NULL PRIMARY KEY,
    conversation_id UUID                     NOT NULL REFERENCES conversations (id),
    uploader_id     UUID                     NOT NULL,
    message_id      UUID REFERENCES messages (id),
    file_name       VARCHAR(200)             NOT NULL,
    content_type    VARCHAR(100)             NOT NULL,
    size_bytes      BIGINT                   NOT NULL,
    -- where the store keeps the bytes (the store decides: a file name or an object key)
    storage_key     VARCHAR(200)             NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_at     TIMESTAMP WITH TIME ZONE
);
-- the attachments of a page of messages
CREATE INDEX attachments_message_idx ON attachments (message_id);
-- the orphan clean-up: unattached uploads by age
CREATE INDEX attachments_orphan_idx ON attachments (attached_at, created_at);

-- Message responsiveness read model (profiles), fed by chat's MessagePosted events in any order:
-- one row per message of the client or the expert of a conversation. The expert's first reply
-- after a client's message is the next expert row by seq, found on read through the primary key.
CREATE TABLE message_reply_log
(
    conversation_id UUID                     NOT NULL,
    seq             BIGINT                   NOT NULL,
    expert_id       UUID                     NOT NULL,
    from_expert     BOOLEAN                  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_reply_log_pk PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX message_reply_log_expert_idx ON message_reply_log (expert_id, sent_at);
