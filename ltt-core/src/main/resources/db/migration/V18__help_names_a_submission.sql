-- A help request may name the submission it is about (the instructors' queue links to it); instructor reviews
-- are ordinary validations (validator 'instructor_review'), so they need no table of their own.
ALTER TABLE help_requests ADD COLUMN submission_id bigint;
ALTER TABLE help_requests ADD CONSTRAINT help_requests_submission
    FOREIGN KEY (learner_id, submission_id) REFERENCES submissions (learner_id, submission_id) ON DELETE SET NULL (submission_id);
