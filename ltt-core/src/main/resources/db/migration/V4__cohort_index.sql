-- Instructor views find a project version's learners through their enrollments.
CREATE INDEX enrollments_project ON enrollments (project_pk, learner_id);
