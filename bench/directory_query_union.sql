-- The directory's search on PostgreSQL as ExpertDirectory builds it since issue 9 (first page,
-- no skill filter): one branch per relevance group, each from an index and limited to a page.
PREPARE diru(text, text, text, text, int) AS
WITH named AS MATERIALIZED (SELECT id, LOWER(display_name) AS name FROM accounts WHERE LOWER(display_name) LIKE $1 ESCAPE '\')
(SELECT p.id, p.headline, p.hourly_rate, p.accepting_invites, p.away_from, p.away_to, p.updated_at, 1 AS relevance
 FROM named a JOIN expert_profiles p ON p.id = a.id
 WHERE a.name = $2
 ORDER BY p.updated_at DESC, p.id DESC LIMIT $5)
UNION
(SELECT p.id, p.headline, p.hourly_rate, p.accepting_invites, p.away_from, p.away_to, p.updated_at, 2 AS relevance
 FROM named a JOIN expert_profiles p ON p.id = a.id
 WHERE (a.name LIKE $3 ESCAPE '\' OR a.name LIKE $4 ESCAPE '\') AND a.name <> $2
 ORDER BY p.updated_at DESC, p.id DESC LIMIT $5)
UNION
(SELECT p.id, p.headline, p.hourly_rate, p.accepting_invites, p.away_from, p.away_to, p.updated_at, 3 AS relevance
 FROM expert_profiles p JOIN accounts a ON a.id = p.id
 WHERE p.search_text LIKE $1 ESCAPE '\' AND NOT (LOWER(a.display_name) LIKE $3 ESCAPE '\' OR LOWER(a.display_name) LIKE $4 ESCAPE '\') AND LOWER(a.display_name) <> $2
 ORDER BY p.updated_at DESC, p.id DESC LIMIT $5)
UNION
(SELECT p.id, p.headline, p.hourly_rate, p.accepting_invites, p.away_from, p.away_to, p.updated_at, 3 AS relevance
 FROM named a JOIN expert_profiles p ON p.id = a.id
 WHERE NOT (a.name LIKE $3 ESCAPE '\' OR a.name LIKE $4 ESCAPE '\') AND a.name <> $2
 ORDER BY p.updated_at DESC, p.id DESC LIMIT $5)
ORDER BY relevance, updated_at DESC, id DESC
LIMIT $5;
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE diru('%erin%', 'erin', 'erin%', '% erin%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE diru('%sheet%', 'sheet', 'sheet%', '% sheet%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE diru('%erin okafor%', 'erin okafor', 'erin okafor%', '% erin okafor%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE diru('%7734%', '7734', '7734%', '% 7734%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE diru('%zzqx%', 'zzqx', 'zzqx%', '% zzqx%', 21);
