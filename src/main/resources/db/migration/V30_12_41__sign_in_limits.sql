-- Sign-in limits (issue 12): failures are counted per client address, per account and per
-- trusted device instead of per e-mail address only. The old per-address rows are dropped: they
-- only held short lock-outs.
DROP TABLE login_throttle;

CREATE TABLE login_throttle
(
    -- 'ip:<client address>', 'account:<normalized e-mail>' or 'device:<device id>'
    throttle_key    VARCHAR(300)             NOT NULL PRIMARY KEY,
    -- failed (or still running) password checks since the count last started over
    failures        INT                      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);
-- the scheduled cleanup deletes rows whose last failure is older than forget-after
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at);

-- Server secrets made on first start when none is configured (shared by all nodes).
CREATE TABLE server_secrets
(
    name       VARCHAR(64)              NOT NULL PRIMARY KEY,
    secret     VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
