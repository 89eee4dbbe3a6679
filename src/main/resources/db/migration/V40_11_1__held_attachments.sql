-- Issue 11: a file whose content carries contact details can be uploaded for a
-- moderator's review; until the case is released only the uploader can download it.
ALTER TABLE attachments ADD COLUMN held_case_id UUID;
