-- E-mails get an HTML part besides the plain text (NULL: plain text only).
ALTER TABLE email_outbox ADD COLUMN html_body VARCHAR(40000);
