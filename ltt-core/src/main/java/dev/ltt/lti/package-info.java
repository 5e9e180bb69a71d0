/**
 * LTI 1.3 Advantage, the tool side (behaviour section 11): platform registrations and the tool's keys, the OIDC
 * launch and its id_token validation, the mapping of platform users to learners, and grade passback (AGS)
 * through a durable score outbox. Tool configuration rows are not per learner; identities, grade links and
 * the outbox are, and lead with {@code learner_id}. Doors call the use-cases wired in {@link dev.ltt.lti.Lti}.
 */
package dev.ltt.lti;
