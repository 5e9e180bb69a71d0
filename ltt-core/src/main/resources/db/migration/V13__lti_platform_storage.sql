-- The frame name a login offered for LTI platform storage (lti_storage_target); NULL when it offered none.
-- A launch of such a login without the state cookie must bring the state back from the platform's storage.
ALTER TABLE lti_login_states ADD COLUMN storage_target text;
