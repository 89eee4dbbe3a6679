-- Sign-in limits (issue 12): a client address counts the DISTINCT accounts it failed on (a spray),
-- not every failure, so that guesses on one account never block everybody behind the address.
-- One row per client address and account tried, with its last failure.
CREATE TABLE login_throttle_client_accounts
(
    -- 'ip:<client address>' (the login_throttle key of the address)
    client_key     VARCHAR(300)             NOT NULL,
    -- 'account:<normalized e-mail>' (the login_throttle key of the account)
    account_key    VARCHAR(300)             NOT NULL,
    last_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_key, account_key)
);
CREATE INDEX login_throttle_client_accounts_failed_idx ON login_throttle_client_accounts (last_failed_at);
