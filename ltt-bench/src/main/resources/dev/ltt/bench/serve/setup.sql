-- Learners for the submit-sql scripts (SubmitSqlFloor), on a database of their own that LTT's migrations made:
-- 20,000 learners, each enrolled in one project. By hand: run any ltt command with LTT_DATABASE_URL pointing at
-- an empty database (e.g. `ltt projects`), then this file with psql.
INSERT INTO projects (slug, version, root_task_id, title, document_sha256) VALUES ('bench', 1, 'bench', 'Bench', 'x');
INSERT INTO learners (learner_id) SELECT 'b' || i FROM generate_series(1, 20000) i;
INSERT INTO enrollments (learner_id, slug, project_pk)
SELECT learner_id, 'bench', (SELECT pk FROM projects WHERE slug = 'bench') FROM learners WHERE learner_id LIKE 'b%';
ANALYZE;
