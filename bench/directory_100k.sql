\timing off
INSERT INTO accounts (id, email, email_normalized, password_hash, display_name, role, created_at, version)
SELECT md5('perf' || g)::uuid, 'perf' || g || '@perf.test', 'perf' || g || '@perf.test', 'x',
       (ARRAY['Anna','Ben','Chloe','Dmitri','Erin','Farah','Gus','Hana','Ivo','Jae','Kofi','Lena','Mateo','Nia','Omar','Pia'])[1 + g % 16]
       || ' ' || (ARRAY['Okafor','Brandt','Tanaka','Silva','Novak','Khan','Moreau','Larsen','Rossi','Weber','Haddad','Kim','Ortiz'])[1 + (g / 16) % 13]
       || ' ' || g,
       'EXPERT', now(), 0
FROM generate_series(1, 100000) g;
INSERT INTO expert_profiles (id, headline, bio, hourly_rate, accepting_invites, portfolio, search_text, updated_at, version)
SELECT md5('perf' || g)::uuid,
       h, 'Drawings to ISO 128, tolerances, GD&T, DFM reviews, ' || g, 40 + g % 60, true, '',
       lower(h || ' drawings to iso 128, tolerances, gd&t, dfm reviews ' || g || ' solidworks sheet-metal'),
       now() - (g || ' seconds')::interval, 0
FROM (SELECT g, (ARRAY['Mechanical engineering','Sheet metal design','Product design','Architectural CAD','Tooling and moulds','Weldments and frames'])[1 + g % 6] AS h
      FROM generate_series(1, 100000) g) s;
ANALYZE accounts; ANALYZE expert_profiles;
