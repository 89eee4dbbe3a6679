-- Expert profiles (the aggregate), their skills and the time away that responsiveness must not
-- count against the expert, plus the responsiveness read model fed by hiring's invite events.
CREATE TABLE expert_profiles
(
    id                UUID                     NOT NULL PRIMARY KEY REFERENCES accounts (id),
    headline          VARCHAR(120)             NOT NULL,
    bio               VARCHAR(5000)            NOT NULL,
    hourly_rate       NUMERIC(8, 2),
    accepting_invites BOOLEAN                  NOT NULL,
    away_from         DATE,
    away_to           DATE,
    portfolio         VARCHAR(5000)            NOT NULL,
    -- lower-cased headline, bio and skill names: what the directory's text search reads
    search_text       VARCHAR(12000)           NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL
);
-- the directory pages newest updated first, then by id
CREATE INDEX expert_profiles_directory_idx ON expert_profiles (updated_at DESC, id DESC);

CREATE TABLE expert_profile_skills
(
    expert_id  UUID        NOT NULL REFERENCES expert_profiles (id),
    list_index INT         NOT NULL,
    skill      VARCHAR(40) NOT NULL,
    skill_key  VARCHAR(40) NOT NULL,
    PRIMARY KEY (expert_id, list_index)
);
CREATE INDEX expert_profile_skills_key_idx ON expert_profile_skills (skill_key, expert_id);

-- Time away that has begun and was later replaced or cleared: it still excuses slow answers to
-- invites that arrived before or during it. The current declaration lives on expert_profiles.
CREATE TABLE expert_time_away
(
    expert_id UUID                     NOT NULL REFERENCES expert_profiles (id),
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX expert_time_away_expert_idx ON expert_time_away (expert_id, ends_at);

-- One row per invite an expert received, maintained from hiring's events in any order.
CREATE TABLE invite_responsiveness
(
    invite_id    UUID                     NOT NULL PRIMARY KEY,
    expert_id    UUID                     NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE,
    withdrawn_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invite_responsiveness_expert_idx ON invite_responsiveness (expert_id, sent_at);
