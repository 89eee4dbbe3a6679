PREPARE dir(text, text, text, text, int) AS
SELECT * FROM (
SELECT p.id, p.headline, p.hourly_rate, p.accepting_invites, p.away_from, p.away_to, p.updated_at,
CASE WHEN LOWER(a.display_name) = $2 THEN 1
WHEN LOWER(a.display_name) LIKE $3 ESCAPE '\' OR LOWER(a.display_name) LIKE $4 ESCAPE '\' THEN 2
ELSE 3 END AS relevance
FROM expert_profiles p JOIN accounts a ON a.id = p.id
WHERE (p.search_text LIKE $1 ESCAPE '\' OR LOWER(a.display_name) LIKE $1 ESCAPE '\')
) d
ORDER BY d.relevance, d.updated_at DESC, d.id DESC
LIMIT $5;
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE dir('%erin%', 'erin', 'erin%', '% erin%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE dir('%sheet%', 'sheet', 'sheet%', '% sheet%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE dir('%erin okafor%', 'erin okafor', 'erin okafor%', '% erin okafor%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE dir('%7734%', '7734', '7734%', '% 7734%', 21);
EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE dir('%zzqx%', 'zzqx', 'zzqx%', '% zzqx%', 21);
