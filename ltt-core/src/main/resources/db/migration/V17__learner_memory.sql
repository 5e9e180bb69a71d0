-- What agents remember about a learner (behaviour section 12), instance layer: keyed by learner_id first.
-- The profile is one row per learner; observations are short texts, global (slug NULL) or about one
-- project by slug, so they outlive the project's versions.

CREATE TABLE learner_profiles (
    learner_id                text        PRIMARY KEY REFERENCES learners (learner_id) ON DELETE CASCADE,
    name                      text,
    experience                text,
    learning_style            text,
    background                text,
    communication_preferences text[]      NOT NULL DEFAULT '{}',
    strengths                 text[]      NOT NULL DEFAULT '{}',
    areas_for_growth          text[]      NOT NULL DEFAULT '{}',
    interests                 text[]      NOT NULL DEFAULT '{}',
    updated_by                text        NOT NULL,
    updated_at                timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE learner_observations (
    learner_id     text        NOT NULL REFERENCES learners (learner_id) ON DELETE CASCADE,
    observation_id bigint      GENERATED ALWAYS AS IDENTITY,
    slug           text,
    text           text        NOT NULL,
    context        text,
    author         text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, observation_id)
);
CREATE INDEX learner_observations_by_slug ON learner_observations (learner_id, slug, observation_id);
