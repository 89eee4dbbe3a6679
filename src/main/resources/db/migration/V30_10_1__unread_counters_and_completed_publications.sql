-- Unread counts kept as a counter per participant instead of counted from the messages on every
-- read: a send adds one for the other participants, a delete takes one off those who had not read
-- it, and moving the read pointer subtracts what it passes. What counts as unread is unchanged:
-- other participants' messages (not system events) after the read pointer that are not deleted.
-- The column is not indexed, so the send path's update of it stays a heap-only update.
ALTER TABLE conversation_participants ADD COLUMN unread_count INT DEFAULT 0 NOT NULL;

UPDATE conversation_participants SET unread_count = (
    SELECT COUNT(*) FROM messages m
    WHERE m.conversation_id = conversation_participants.conversation_id
      AND m.seq > conversation_participants.last_read_seq
      AND m.type = 'MESSAGE'
      AND m.sender_id <> conversation_participants.participant_id
      AND m.deleted_at IS NULL);

-- Completed event publications are deleted from now on (spring.modulith.events.completion-mode);
-- the ones completed before are of no further use.
DELETE FROM event_publication WHERE completion_date IS NOT NULL;
