-- Bulk history for the read-cost and flat-cost measurements (issue 10), PostgreSQL only.
-- Run on a database the application has migrated (start it once against the database),
-- with nothing else in it:
--
--   psql -h 127.0.0.1 -U postgres -d cadhire_big -v ON_ERROR_STOP=1 -f bench/history_1m.sql
--
-- What it makes (ids are md5-derived UUIDs, so a re-run on a fresh database is identical):
--   100,000 accounts: clients c1..c20000, experts e20001..e100000
--     heavy expert   = account 20001 (bulk-u20001@example.test): 50,000 invites + 50,000 applications
--     typical expert = account 50000 (bulk-u50000@example.test): ~5 invites + ~5 applications
--   20,000 jobs (one per client), 450,000 invites, 450,000 applications with their first terms version,
--   a conversation (two participants) for every DRAFT/INTERVIEWING/OFFERED/HIRED application (~225,000),
--   1,000,000 messages: 100,000 in one conversation of the heavy expert ("heavy chat"), 900,000
--   spread 4-5 per other conversation; unread counters consistent with the read pointers.
--   API tokens: chp_bulk_heavy_expert (heavy), chp_bulk_typical_expert (typical),
--   chp_bulk_typical_client (client 1, owner of job 1: ~22 applicants),
--   chp_bulk_heavy_client (client 2, owner of job 2: 25,000 applicants).
-- The expert status counters (expert_status_counts, read by the overview) are kept by the
-- migration's triggers as the invites and applications go in: one grouped upsert per INSERT
-- statement. The last query checks them ("counted" = invites + applications, "wrong" = 0).

\timing on
SET synchronous_commit = off;

CREATE OR REPLACE FUNCTION pg_temp.acct(n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT md5('acct' || n)::uuid $$;
CREATE OR REPLACE FUNCTION pg_temp.job(n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT md5('job' || n)::uuid $$;

-- accounts (the password hash is not a valid bcrypt hash: these accounts sign in with tokens only)
INSERT INTO accounts (id, email, email_normalized, password_hash, display_name, role, created_at, version)
SELECT pg_temp.acct(n), 'bulk-u' || n || '@example.test', 'bulk-u' || n || '@example.test', '{noop}not-a-password',
       CASE WHEN n <= 20000 THEN 'Client ' || n ELSE 'Expert ' || n END,
       CASE WHEN n <= 20000 THEN 'CLIENT' ELSE 'EXPERT' END,
       TIMESTAMPTZ '2024-01-01 00:00:00+00' + n * INTERVAL '1 minute', 0
FROM generate_series(1, 100000) n;

INSERT INTO access_tokens (id, account_id, name, token_hash, created_at)
VALUES (md5('tok-heavy')::uuid, pg_temp.acct(20001), 'bulk', encode(sha256('chp_bulk_heavy_expert'::bytea), 'hex'), now()),
       (md5('tok-typical')::uuid, pg_temp.acct(50000), 'bulk', encode(sha256('chp_bulk_typical_expert'::bytea), 'hex'), now()),
       (md5('tok-client1')::uuid, pg_temp.acct(1), 'bulk', encode(sha256('chp_bulk_typical_client'::bytea), 'hex'), now()),
       (md5('tok-client2')::uuid, pg_temp.acct(2), 'bulk', encode(sha256('chp_bulk_heavy_client'::bytea), 'hex'), now());

INSERT INTO jobs (id, owner_id, title, description, skills, rate_type, budget_amount, budget_currency, visibility,
                  status, created_at, closed_at, version)
SELECT pg_temp.job(j), pg_temp.acct(j), 'Bulk job ' || j, 'Generated job ' || j, 'cad', 'HOURLY', 80, 'EUR', 'PUBLIC',
       'OPEN', TIMESTAMPTZ '2024-06-01 00:00:00+00' + j * INTERVAL '1 minute', NULL, 0
FROM generate_series(1, 20000) j;

-- invites: k 1..50,000 are the heavy expert's, k 50,001..450,000 spread over the other 79,999 experts
CREATE TEMP TABLE bulk_invites AS
SELECT k,
       CASE WHEN k <= 50000 THEN 20001 ELSE 20002 + (k % 79999) END AS expert_n,
       CASE WHEN k <= 50000 THEN 1 + (k % 20000) ELSE 1 + ((k * 7) % 20000) END AS job_n,
       (ARRAY['PENDING','PENDING','ACCEPTED','ACCEPTED','DECLINED','DECLINED','WITHDRAWN','WITHDRAWN','EXPIRED','EXPIRED'])[1 + k % 10] AS status,
       TIMESTAMPTZ '2025-01-01 00:00:00+00' + k * INTERVAL '37 seconds' AS sent_at
FROM generate_series(1, 450000) k;

INSERT INTO invites (id, job_id, client_id, expert_id, message, proposed_terms, status, sent_at, expires_at, answered_at,
                     decline_reason, decline_message, application_id, open_key, version)
SELECT md5('inv' || k)::uuid, pg_temp.job(job_n), pg_temp.acct(job_n), pg_temp.acct(expert_n), 'Would you look at this?',
       NULL, status, sent_at, sent_at + INTERVAL '7 days',
       CASE WHEN status = 'PENDING' THEN NULL ELSE sent_at + INTERVAL '1 hour' END, NULL, NULL, NULL, NULL, 0
FROM bulk_invites;

-- applications: k 1..50,000 the heavy expert's, 50,001..450,000 the others'
CREATE TEMP TABLE bulk_apps AS
SELECT k,
       CASE WHEN k <= 50000 THEN 20001 ELSE 20002 + ((k * 3) % 79999) END AS expert_n,
       CASE WHEN k <= 50000 THEN 1 + ((k * 3) % 20000) WHEN k % 16 = 5 THEN 2 ELSE 1 + ((k * 11) % 20000) END AS job_n,
       (ARRAY['DRAFT','SUBMITTED','INTERVIEWING','OFFERED','HIRED','WITHDRAWN','DECLINED','CLOSED'])[1 + k % 8] AS status,
       TIMESTAMPTZ '2025-01-01 00:00:00+00' + k * INTERVAL '41 seconds' AS at
FROM generate_series(1, 450000) k;
-- the heavy chat belongs to the heavy expert's application 2 (INTERVIEWING), of job 7 whose owner is client 7;
-- job 1 (client 1) gets about 22 applicants (a typical job), job 2 (client 2) 25,000 (a heavy job)

INSERT INTO applications (id, job_id, client_id, expert_id, invite_id, status, cover_letter, terms_version,
                          conversation_id, decline_reason, decline_message, created_at, submitted_at, updated_at,
                          open_key, version)
SELECT md5('app' || k)::uuid, pg_temp.job(job_n), pg_temp.acct(job_n), pg_temp.acct(expert_n), NULL, status,
       'Generated cover letter', 1,
       CASE WHEN status IN ('DRAFT','INTERVIEWING','OFFERED','HIRED') THEN md5('conv' || k)::uuid END,
       NULL, NULL, at, CASE WHEN status = 'DRAFT' THEN NULL ELSE at END, at + INTERVAL '2 hours', NULL, 0
FROM bulk_apps;

INSERT INTO terms_versions (application_id, version, author_id, created_at, terms)
SELECT md5('app' || k)::uuid, 1, pg_temp.acct(expert_n), at,
       '{"rateType":"HOURLY","amount":"80.00","currency":"EUR","weeklyHourLimit":null,"milestones":[],'
       || '"startDate":null,"durationDays":null,"deadline":null,"deliverables":"","notes":""}'
FROM bulk_apps;

-- conversations: c_no numbers the conversations; c_no = 1 is the heavy chat (application 2)
CREATE TEMP TABLE bulk_convs AS
SELECT k, expert_n, job_n, at, ROW_NUMBER() OVER (ORDER BY (k <> 2), k) AS c_no
FROM bulk_apps WHERE status IN ('DRAFT','INTERVIEWING','OFFERED','HIRED');
CREATE UNIQUE INDEX ON bulk_convs (c_no);
ANALYZE bulk_convs;

INSERT INTO conversations (id, application_id, title, created_at, last_seq, last_activity_at, version)
SELECT md5('conv' || k)::uuid, md5('app' || k)::uuid, 'Bulk job ' || job_n, at, 0, at, 0 FROM bulk_convs;

INSERT INTO conversation_participants (conversation_id, participant_id, role, last_read_seq, joined_at, last_activity_at, unread_count)
SELECT md5('conv' || k)::uuid, pg_temp.acct(job_n), 'CLIENT', 0, at, at, 0 FROM bulk_convs
UNION ALL
SELECT md5('conv' || k)::uuid, pg_temp.acct(expert_n), 'EXPERT', 0, at, at, 0 FROM bulk_convs;

-- messages: 100,000 in the heavy chat (c_no 1), 900,000 over the others (c_no 2..), four or five each
CREATE TEMP TABLE bulk_msgs AS
SELECT m, 1::bigint AS c_no, m::bigint AS seq FROM generate_series(1, 100000) m
UNION ALL
SELECT m, 2 + ((m - 1) % ((SELECT COUNT(*) FROM bulk_convs) - 1)), 1 + (m - 1) / ((SELECT COUNT(*) FROM bulk_convs) - 1)
FROM generate_series(1, 900000) m;

INSERT INTO messages (id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at,
                      edited_at, deleted_at, reply_to_seq)
SELECT md5('msg' || b.c_no || ':' || b.seq)::uuid, md5('conv' || c.k)::uuid, b.seq, 'MESSAGE',
       CASE WHEN b.seq % 2 = 0 THEN pg_temp.acct(c.expert_n) ELSE pg_temp.acct(c.job_n) END,
       'Generated message ' || b.seq || ' about the flange and the tolerances of the housing', NULL, NULL, NULL,
       c.at + b.seq * INTERVAL '1 second', NULL, NULL, NULL
FROM bulk_msgs b JOIN bulk_convs c ON c.c_no = b.c_no;

UPDATE conversations c SET last_seq = s.last_seq, last_activity_at = s.last_at
FROM (SELECT conversation_id, MAX(seq) AS last_seq, MAX(sent_at) AS last_at FROM messages GROUP BY conversation_id) s
WHERE s.conversation_id = c.id;

-- the client has read everything; the expert has read all but the last two of each chat
UPDATE conversation_participants p SET last_activity_at = c.last_activity_at,
       last_read_seq = CASE WHEN p.role = 'CLIENT' THEN c.last_seq ELSE GREATEST(c.last_seq - 2, 0) END
FROM conversations c WHERE c.id = p.conversation_id;
UPDATE conversation_participants p SET unread_count = (
    SELECT COUNT(*) FROM messages m
    WHERE m.conversation_id = p.conversation_id AND m.seq > p.last_read_seq AND m.type = 'MESSAGE'
      AND m.sender_id <> p.participant_id AND m.deleted_at IS NULL)
WHERE p.role = 'EXPERT';

VACUUM ANALYZE;
SELECT (SELECT COUNT(*) FROM accounts) AS accounts, (SELECT COUNT(*) FROM jobs) AS jobs,
       (SELECT COUNT(*) FROM invites) AS invites, (SELECT COUNT(*) FROM applications) AS applications,
       (SELECT COUNT(*) FROM conversations) AS conversations, (SELECT COUNT(*) FROM messages) AS messages,
       (SELECT SUM(n) FROM expert_status_counts) AS counted,
       (SELECT COUNT(*) FROM (
          SELECT expert_id, kind, status FROM (
            SELECT expert_id, kind, status, n FROM expert_status_counts
            UNION ALL SELECT expert_id, 'INVITE', status, -COUNT(*) FROM invites GROUP BY expert_id, status
            UNION ALL SELECT expert_id, 'APPLICATION', status, -COUNT(*) FROM applications GROUP BY expert_id, status
          ) d GROUP BY expert_id, kind, status HAVING SUM(n) <> 0) m) AS wrong;
