-- The in-app notification center: one row per recipient, written in the transaction of the
-- change. Who and which job are kept as they were then, so the list needs no lookups.
CREATE TABLE notifications
(
    id           UUID                     NOT NULL PRIMARY KEY,
    recipient_id UUID                     NOT NULL,
    kind         VARCHAR(32)              NOT NULL,
    -- the other party's display name, or NULL for the platform (expiry, moderation)
    actor_name   VARCHAR(200),
    job_title    VARCHAR(200),
    -- a line of detail: a decline reason, an offer version, a fee
    detail       VARCHAR(2000),
    -- the page path the notification opens, e.g. /applications/{id}
    link         VARCHAR(300)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    dedupe_key   VARCHAR(200)             NOT NULL,
    CONSTRAINT notifications_dedupe_unique UNIQUE (dedupe_key)
);
-- the list, newest first (keyset), and the unread count
CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (recipient_id, read_at);
-- pruning
CREATE INDEX notifications_created_idx ON notifications (created_at);
