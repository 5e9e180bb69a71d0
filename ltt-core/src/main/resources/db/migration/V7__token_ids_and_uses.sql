-- Tokens get a public id, to be listed and revoked by (the hash stays private), and a record of their last use.
ALTER TABLE api_tokens ADD COLUMN token_id bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_token_id_key UNIQUE (token_id);
CREATE INDEX api_tokens_learner ON api_tokens (learner_id, token_id);

-- When each token was last used, to the minute: every server writes it at most once a minute per token, in its
-- own small table so that a use never rewrites (or locks) the token's row.
CREATE TABLE api_token_uses (
    token_id     bigint      PRIMARY KEY REFERENCES api_tokens (token_id) ON DELETE CASCADE,
    last_used_at timestamptz NOT NULL
);
