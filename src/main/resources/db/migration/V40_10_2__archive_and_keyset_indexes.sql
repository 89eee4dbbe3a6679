-- "My job applications", archive section (issue 10): archived invites are listed newest answer
-- first, one ordered range per status; without this index the database read every archived
-- invite of the expert and sorted them. (IF NOT EXISTS: the bulk-load measurements created it
-- by hand before the migration existed.)
CREATE INDEX IF NOT EXISTS invites_expert_answered_idx ON invites (expert_id, status, answered_at DESC, id DESC);
