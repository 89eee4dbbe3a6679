-- The time zone someone reads their e-mails in (an IANA zone id such as Europe/Berlin); without
-- a row, times are written in UTC.
CREATE TABLE notification_time_zones
(
    account_id UUID        NOT NULL PRIMARY KEY REFERENCES accounts (id),
    time_zone  VARCHAR(64) NOT NULL
);

-- The page a bundled notification links to, for its line in the digest.
ALTER TABLE notification_pending ADD COLUMN link VARCHAR(500);
