-- "My job applications" (issue 10): how many invites and applications each expert has in each
-- status, so that the overview's four counts read one primary-key range of at most 13 rows
-- instead of counting the expert's rows (100,000 for the busiest expert). Derived data: kept by
-- database triggers in the transaction of every insert, status change and delete of an invite or
-- an application (db/vendor/{vendor}/V50_10_2, which also fills it from the existing rows), so no
-- code path, raw SQL or bulk load can bypass it. A row whose count reached 0 stays (0).
CREATE TABLE expert_status_counts
(
    expert_id UUID        NOT NULL,
    -- INVITE or APPLICATION
    kind      VARCHAR(12) NOT NULL,
    status    VARCHAR(16) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (expert_id, kind, status)
);
