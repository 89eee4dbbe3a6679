-- Live events: a per-user log of what each signed-in user's event stream delivers, written in the
-- transaction of the change that caused it. Ids are dense per user (1, 2, 3, ...): a counter row per
-- user is locked and bumped to allocate them, so a reconnecting client resumes exactly after the last
-- id it saw, and a gap before the first kept id tells it that older events were cleaned up.
-- Portable: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE live_event_counters
(
    user_id UUID   NOT NULL PRIMARY KEY,
    -- the id of the user's newest event
    last_id BIGINT NOT NULL
);

CREATE TABLE live_events
(
    user_id    UUID                     NOT NULL,
    id         BIGINT                   NOT NULL,
    -- the SSE event name, such as message.created
    name       VARCHAR(40)              NOT NULL,
    -- the SSE data: one line of JSON (a message body of 10,000 characters fits even fully escaped)
    data       VARCHAR(100000)          NOT NULL,
    -- whether delivering it changes the user's unread counts (the stream then sends unread.changed)
    unread     BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_events_pk PRIMARY KEY (user_id, id)
);
-- the retention cleanup deletes by age
CREATE INDEX live_events_created_idx ON live_events (created_at);
