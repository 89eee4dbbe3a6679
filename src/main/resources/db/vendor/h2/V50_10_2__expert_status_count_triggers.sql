-- H2's half of the expert status counters (V50_10_1; PostgreSQL has its own V50_10_2): H2 runs
-- triggers written in Java, here com.cadhire.hiring.ExpertStatusCountsTrigger, once per changed
-- row, on the changing statement's connection and so in its transaction. Its Javadoc says how
-- two first rows of one counter at once lose nothing. The database stores the class name: the
-- class must keep its name (or a later migration re-creates these triggers).
CREATE TRIGGER invites_counts AFTER INSERT, UPDATE, DELETE ON invites
    FOR EACH ROW CALL 'com.cadhire.hiring.ExpertStatusCountsTrigger';
CREATE TRIGGER applications_counts AFTER INSERT, UPDATE, DELETE ON applications
    FOR EACH ROW CALL 'com.cadhire.hiring.ExpertStatusCountsTrigger';

INSERT INTO expert_status_counts (expert_id, kind, status, n)
SELECT expert_id, 'INVITE', status, COUNT(*) FROM invites GROUP BY expert_id, status
UNION ALL
SELECT expert_id, 'APPLICATION', status, COUNT(*) FROM applications GROUP BY expert_id, status;
