-- PostgreSQL's half of the expert status counters (V50_10_1; H2 has its own V50_10_2). One
-- statement trigger per table and operation, with transition tables: each statement adds the
-- change of its rows, grouped by expert and status, in one upsert, so a bulk INSERT ... SELECT
-- or a mass UPDATE costs one grouped statement, not one per row. An update that changes no
-- row's expert or status adds nothing (its +1 and -1 cancel) and locks no counter.
--
-- Concurrency: INSERT ... ON CONFLICT DO UPDATE either inserts the counter or, if another
-- transaction inserted it first, waits for that one and adds to the committed row, so two first
-- rows of one counter at once lose nothing (READ COMMITTED, the application's isolation). The
-- counters of a statement are taken in key order (ORDER BY), so two statements never wait for
-- each other's counters in opposite orders.
CREATE FUNCTION expert_status_counts_apply() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    -- TG_ARGV[0]: the kind, INVITE or APPLICATION
    IF TG_OP = 'INSERT' THEN
        INSERT INTO expert_status_counts AS c (expert_id, kind, status, n)
        SELECT expert_id, TG_ARGV[0], status, COUNT(*) FROM new_rows
        GROUP BY expert_id, status ORDER BY expert_id, status
        ON CONFLICT (expert_id, kind, status) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO expert_status_counts AS c (expert_id, kind, status, n)
        SELECT expert_id, TG_ARGV[0], status, SUM(delta)
        FROM (SELECT expert_id, status, 1 AS delta FROM new_rows
              UNION ALL
              SELECT expert_id, status, -1 AS delta FROM old_rows) moved
        GROUP BY expert_id, status HAVING SUM(delta) <> 0 ORDER BY expert_id, status
        ON CONFLICT (expert_id, kind, status) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSE
        INSERT INTO expert_status_counts AS c (expert_id, kind, status, n)
        SELECT expert_id, TG_ARGV[0], status, -COUNT(*) FROM old_rows
        GROUP BY expert_id, status ORDER BY expert_id, status
        ON CONFLICT (expert_id, kind, status) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END
$$;

-- TRUNCATE fires no row or statement trigger of the three above: it empties the kind's counters
CREATE FUNCTION expert_status_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM expert_status_counts WHERE kind = TG_ARGV[0];
    RETURN NULL;
END
$$;

-- CREATE TRIGGER locks the table against writes until this migration commits, so the fill below
-- sees every row committed before and every later change goes through the triggers.
CREATE TRIGGER invites_counts_insert AFTER INSERT ON invites REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_apply('INVITE');
CREATE TRIGGER invites_counts_update AFTER UPDATE ON invites REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_apply('INVITE');
CREATE TRIGGER invites_counts_delete AFTER DELETE ON invites REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_apply('INVITE');
CREATE TRIGGER invites_counts_truncate AFTER TRUNCATE ON invites
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_truncate('INVITE');
CREATE TRIGGER applications_counts_insert AFTER INSERT ON applications REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_apply('APPLICATION');
CREATE TRIGGER applications_counts_update AFTER UPDATE ON applications REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_apply('APPLICATION');
CREATE TRIGGER applications_counts_delete AFTER DELETE ON applications REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_apply('APPLICATION');
CREATE TRIGGER applications_counts_truncate AFTER TRUNCATE ON applications
    FOR EACH STATEMENT EXECUTE FUNCTION expert_status_counts_truncate('APPLICATION');

INSERT INTO expert_status_counts (expert_id, kind, status, n)
SELECT expert_id, 'INVITE', status, COUNT(*) FROM invites GROUP BY expert_id, status
UNION ALL
SELECT expert_id, 'APPLICATION', status, COUNT(*) FROM applications GROUP BY expert_id, status;
