-- PostgreSQL only (spring.flyway.locations includes db/vendor/{vendor}): the directory's
-- substring search (LIKE '%text%') on the profile text and the display name is served by
-- trigram indexes instead of a scan. H2 runs the same query without them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX expert_profiles_search_trgm_idx ON expert_profiles USING gin (search_text gin_trgm_ops);
CREATE INDEX accounts_display_name_trgm_idx ON accounts USING gin (LOWER(display_name) gin_trgm_ops);
